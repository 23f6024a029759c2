package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The office sent a reminder (nhắc việc) about an assignment. Key: {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param message the reminder, Vietnamese; may be null
 * @param dueDate the deadline in force; null when none
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskReminderSent(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        String message,
        LocalDate dueDate,
        String departmentCode) implements IntegrationEvent {

    public TaskReminderSent {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }

    /** As published before the department was carried. */
    public TaskReminderSent(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, String message, LocalDate dueDate) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, message, dueDate, null);
    }
}
