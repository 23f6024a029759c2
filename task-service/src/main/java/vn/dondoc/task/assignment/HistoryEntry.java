package vn.dondoc.task.assignment;

import java.time.Instant;
import java.time.LocalDate;
import vn.dondoc.vocabulary.AssignmentStatus;

/**
 * One line of an assignment's history: who did what and when, and the state it left behind, so
 * the status can be derived for any earlier date.
 *
 * @param requestId   the caller's idempotency key; a repeated key changes nothing
 * @param eventId     the event published for this line
 * @param on          the business date of the line (Asia/Ho_Chi_Minh)
 * @param submittedOn the submission date in force after the line (the completion date if accepted)
 */
public record HistoryEntry(
        Instant at,
        LocalDate on,
        String actor,
        String action,
        String detail,
        String requestId,
        String eventId,
        AssignmentStatus statusAfter,
        LocalDate dueDateAfter,
        LocalDate submittedOn) {
}
