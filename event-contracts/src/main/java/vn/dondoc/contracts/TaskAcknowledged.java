package vn.dondoc.contracts;

import java.time.Instant;

/**
 * The lead unit acknowledged (tiếp nhận) its assignment and is working on it. Key: {@code
 * unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskAcknowledged(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        String departmentCode) implements IntegrationEvent {

    public TaskAcknowledged {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }

    /** As published before the department was carried. */
    public TaskAcknowledged(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, null);
    }
}
