package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The lead unit asked for a later deadline (gia hạn). Key: {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param currentDueDate the deadline in force
 * @param requestedDueDate the deadline asked for
 * @param reason why, Vietnamese
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskExtensionRequested(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        LocalDate currentDueDate,
        LocalDate requestedDueDate,
        String reason,
        String departmentCode) implements IntegrationEvent {

    public TaskExtensionRequested {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
        Required.value(currentDueDate, "currentDueDate");
        Required.value(requestedDueDate, "requestedDueDate");
        Required.text(reason, "reason");
    }

    /** As published before the department was carried. */
    public TaskExtensionRequested(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, LocalDate currentDueDate,
            LocalDate requestedDueDate, String reason) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, currentDueDate,
                requestedDueDate, reason, null);
    }
}
