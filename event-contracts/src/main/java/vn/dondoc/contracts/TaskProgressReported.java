package vn.dondoc.contracts;

import java.time.Instant;

/**
 * The lead unit reported its progress on an assignment. Key: {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param percent 0 to 100
 * @param note what was done, Vietnamese; may be null
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
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
        String note,
        String departmentCode) implements IntegrationEvent {

    public TaskProgressReported {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }

    /** As published before the department was carried. */
    public TaskProgressReported(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, int percent, String note) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, percent, note, null);
    }
}
