package vn.dondoc.contracts;

import java.time.Instant;

/**
 * A unit (a coordinator's contribution or the lead's note) added a note to an assignment. Key:
 * {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param text the note, Vietnamese
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskNoteAdded(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        String text,
        String departmentCode) implements IntegrationEvent {

    public TaskNoteAdded {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
        Required.text(text, "text");
    }

    /** As published before the department was carried. */
    public TaskNoteAdded(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, String text) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, text, null);
    }
}
