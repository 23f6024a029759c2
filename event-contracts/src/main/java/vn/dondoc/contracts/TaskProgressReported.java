package vn.dondoc.contracts;

import java.time.Instant;

/**
 * The lead unit reported its progress on an assignment. Key: {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param percent 0 to 100
 * @param note what was done, Vietnamese; may be null
 */
public record TaskProgressReported(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        int percent,
        String note) implements IntegrationEvent {

    public TaskProgressReported {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }
}
