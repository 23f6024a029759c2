package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The office sent a reminder (nhắc việc) about an assignment. Key: {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param message the reminder, Vietnamese; may be null
 * @param dueDate the deadline in force; null when none
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
        LocalDate dueDate) implements IntegrationEvent {

    public TaskReminderSent {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }
}
