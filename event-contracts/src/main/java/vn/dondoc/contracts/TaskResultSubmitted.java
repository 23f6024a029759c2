package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The lead unit submitted its result (chờ xác nhận: awaiting the office's review). Key: {@code
 * unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param summary the result, Vietnamese
 * @param submittedOn date of the submission, Asia/Ho_Chi_Minh; the completion date if accepted
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskResultSubmitted(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        String summary,
        LocalDate submittedOn,
        String departmentCode) implements IntegrationEvent {

    public TaskResultSubmitted {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
        Required.text(summary, "summary");
        Required.value(submittedOn, "submittedOn");
    }

    /** As published before the department was carried. */
    public TaskResultSubmitted(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, String summary, LocalDate submittedOn) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, summary, submittedOn, null);
    }
}
