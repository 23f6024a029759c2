package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The office or leadership approved or rejected an extension request; the original deadline is
 * kept. Key: {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param approved whether the new deadline applies
 * @param originalDueDate the deadline of the plan, kept for audit
 * @param dueDate the deadline in force after the decision
 * @param approvedExtensions how many extensions were approved so far (at most 2)
 * @param note the decision's remark; may be null
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskExtensionDecided(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        boolean approved,
        LocalDate originalDueDate,
        LocalDate dueDate,
        int approvedExtensions,
        String note,
        String departmentCode) implements IntegrationEvent {

    public TaskExtensionDecided {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }

    /** As published before the department was carried. */
    public TaskExtensionDecided(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, boolean approved, LocalDate originalDueDate,
            LocalDate dueDate, int approvedExtensions, String note) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, approved, originalDueDate,
                dueDate, approvedExtensions, note, null);
    }
}
