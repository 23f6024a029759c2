package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.List;

/** An assignment as task-service shows it, its status derived for an as-of date. */
public record Assignment(String id, String planId, String planNumber, String taskNumber, String taskContent,
        String unitCode, String role, List<String> leadUnits, LocalDate dueDate, LocalDate originalDueDate,
        String status, String statusLabel, int progressPercent, LocalDate submittedOn, String resultSummary,
        LocalDate completedOn, int approvedExtensions, Extension pendingExtension, Derived derived,
        List<HistoryLine> history, String timeframeKind, String instanceLabel, String departmentCode) {

    /** The {@code departmentCode} of the plans of UBND tỉnh, whose assignments the provincial office directs. */
    public static final String PROVINCE_SCOPE = "UBND";

    /** How many extensions a lead unit may be given (domain rule of task-service, shown to people). */
    public static final int EXTENSION_LIMIT = 2;

    public Assignment {
        leadUnits = leadUnits == null ? List.of() : leadUnits;
        history = history == null ? List.of() : history;
    }

    public int extensionLimit() {
        return EXTENSION_LIMIT;
    }

    /** Of a plan of UBND tỉnh: the provincial office, not the Sở, accepts results and decides extensions. */
    public boolean ofProvincialPlan() {
        return PROVINCE_SCOPE.equals(departmentCode);
    }

    public boolean lead() {
        return "LEAD".equals(role);
    }

    /** The lead may still work on it: report progress, submit, ask for more time. */
    public boolean workable() {
        return "NOT_STARTED".equals(status) || "IN_PROGRESS".equals(status) || "RETURNED".equals(status);
    }

    public boolean open() {
        return workable() || "SUBMITTED".equals(status);
    }

    /** The derived status: progress and timeliness for the as-of date. */
    public record Derived(LocalDate asOf, String progress, String timeliness, String timelinessLabel, LocalDate dueDate,
            long daysOverdue, Long daysLeft) {
    }

    /** A pending request for a later deadline. */
    public record Extension(LocalDate requestedDueDate, String reason, String requestedBy) {
    }

    /** Who did what and when. */
    public record HistoryLine(java.time.Instant at, LocalDate on, String actor, String action, String detail,
            String statusAfter, LocalDate dueDateAfter) {
    }
}
