package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.List;

/** A plan as plan-service shows it. */
public record Plan(String id, String number, String title, String departmentCode, LocalDate issuedOn, List<Task> tasks,
        String status, LocalDate coverageStart, LocalDate coverageEnd, String reportingText, List<String> parentPlans,
        Integer planVersion) {

    public Plan {
        tasks = tasks == null ? List.of() : tasks;
        parentPlans = parentPlans == null ? List.of() : parentPlans;
    }

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }

    public String statusLabel() {
        return switch (status == null ? "" : status) {
            case "AMENDED" -> "Đã điều chỉnh";
            case "WITHDRAWN" -> "Đã thu hồi";
            default -> "Đã ban hành";
        };
    }

    /** One task of the plan. */
    public record Task(String taskId, String number, String content, List<String> leadUnits,
            List<String> coordinatorUnits, LocalDate dueDate, String timeframeKind, String timeframeText) {
        public Task {
            leadUnits = leadUnits == null ? List.of() : leadUnits;
            coordinatorUnits = coordinatorUnits == null ? List.of() : coordinatorUnits;
        }
    }
}
