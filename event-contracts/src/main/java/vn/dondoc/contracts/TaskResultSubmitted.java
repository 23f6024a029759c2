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
        LocalDate submittedOn) implements IntegrationEvent {

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
}
