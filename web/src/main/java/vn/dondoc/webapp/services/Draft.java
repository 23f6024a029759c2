package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.List;

/** An imported plan the office is still correcting (plan-service's draft). */
public record Draft(String id, String departmentCode, Header header, List<Task> tasks, List<Finding> findings,
        String status, java.time.Instant importedAt) {

    public Draft {
        tasks = tasks == null ? List.of() : tasks;
        findings = findings == null ? List.of() : findings;
    }

    /** The day it was imported, in Vietnam. */
    public LocalDate importedOn() {
        return VietnamTime.dayOf(importedAt);
    }

    public boolean issued() {
        return "ISSUED".equals(status);
    }

    /** The findings about one task row. */
    public List<Finding> findingsOf(Task task) {
        return findings.stream().filter(finding -> task.number() != null && task.number().equals(finding.row())).toList();
    }

    /** The findings about the header (no row). */
    public List<Finding> headerFindings() {
        return findings.stream().filter(finding -> finding.row() == null || finding.row().isBlank()).toList();
    }

    /** What the top and bottom of the document say. */
    public record Header(String number, String departmentCode, String departmentName, IssueDate issueDate,
            String title, LocalDate coverageStart, LocalDate coverageEnd, List<Parent> parentReferences, String signer,
            String signingAuthority, Reporting reportingRequirement) {
    }

    public record IssueDate(LocalDate date, String precision) {
    }

    public record Parent(String number, LocalDate date, String text, String warning) {
    }

    public record Reporting(String text, List<String> periods) {
        public Reporting {
            periods = periods == null ? List.of() : periods;
        }
    }

    /** One task row with what its cells resolved to. */
    public record Task(String taskId, String number, String section, String content, String leadText,
            String coordinatorText, Units units, Timeframe timeframe) {
    }

    public record Units(List<String> leadUnits, List<String> coordinatorUnits, List<String> leadDesignations,
            List<String> coordinatorDesignations, List<String> unknownNames) {
        public Units {
            leadUnits = leadUnits == null ? List.of() : leadUnits;
            coordinatorUnits = coordinatorUnits == null ? List.of() : coordinatorUnits;
        }
    }

    public record Timeframe(String kind, String text, LocalDate dueDate, List<String> periods) {
        public Timeframe {
            periods = periods == null ? List.of() : periods;
        }

        public Timeframe(String kind, String text, LocalDate dueDate) {
            this(kind, text, dueDate, List.of());
        }
    }

    /** Something the office should look at before issuing. */
    public record Finding(String code, String row, int line, String message) {
    }
}
