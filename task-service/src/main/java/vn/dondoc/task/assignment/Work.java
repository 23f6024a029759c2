package vn.dondoc.task.assignment;

import java.time.LocalDate;
import vn.dondoc.vocabulary.AssignmentStatus;

/**
 * The unit's work on the assignment: its status, the last reported progress and the result.
 *
 * @param progressPercent last reported progress, 0–100
 * @param submittedOn     date of the submitted result; cleared when the result is returned
 * @param completedOn     the completion date (= submission date) once the office accepted it
 */
public record Work(AssignmentStatus status, int progressPercent, LocalDate submittedOn, String resultSummary,
        LocalDate completedOn) {

    /** Nothing done yet. */
    public static final Work NOT_STARTED = new Work(AssignmentStatus.NOT_STARTED, 0, null, null, null);

    public Work {
        status = status == null ? AssignmentStatus.NOT_STARTED : status;
    }

    Work in(AssignmentStatus next) {
        return new Work(next, progressPercent, submittedOn, resultSummary, completedOn);
    }

    Work reported(int percent) {
        return new Work(AssignmentStatus.IN_PROGRESS, percent, submittedOn, resultSummary, completedOn);
    }

    Work submitted(LocalDate on, String summary) {
        return new Work(AssignmentStatus.SUBMITTED, 100, on, summary, completedOn);
    }

    /** Accepted by the office: completed on the day it was submitted. */
    Work accepted() {
        return new Work(AssignmentStatus.COMPLETED, progressPercent, submittedOn, resultSummary, submittedOn);
    }

    /** Returned by the office: neither submitted nor completed any more. */
    Work returned() {
        return new Work(AssignmentStatus.RETURNED, progressPercent, null, resultSummary, null);
    }
}
