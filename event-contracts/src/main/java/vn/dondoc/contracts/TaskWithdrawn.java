package vn.dondoc.contracts;

import java.time.Instant;

/**
 * The office withdrew (thu hồi) an assignment; nothing more is expected of the unit. Key: {@code
 * unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param reason why, Vietnamese; may be null
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskWithdrawn(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        String reason,
        String departmentCode) implements IntegrationEvent {

    public TaskWithdrawn {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }

    /** As published before the department was carried. */
    public TaskWithdrawn(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, String reason) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, reason, null);
    }
}
