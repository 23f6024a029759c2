package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The office accepted or returned (trả lại) a submitted result; a returned result clears
 * completion. Key: {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param accepted true = accepted (completed), false = returned for rework
 * @param note the office's remark or the reason for returning; may be null
 * @param completedOn the completion date when accepted, else null
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskResultReviewed(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        boolean accepted,
        String note,
        LocalDate completedOn,
        String departmentCode) implements IntegrationEvent {

    public TaskResultReviewed {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }

    /** As published before the department was carried. */
    public TaskResultReviewed(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, boolean accepted, String note,
            LocalDate completedOn) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, accepted, note, completedOn,
                null);
    }
}
