package vn.dondoc.contracts;

import java.time.Instant;

/**
 * The office withdrew (thu hồi) an assignment; nothing more is expected of the unit. Key: {@code
 * unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param reason why, Vietnamese; may be null
 */
public record TaskWithdrawn(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        String reason) implements IntegrationEvent {

    public TaskWithdrawn {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }
}
