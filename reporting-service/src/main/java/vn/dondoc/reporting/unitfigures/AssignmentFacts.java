package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.contracts.AssignmentRole;

/**
 * What reporting knows about one assignment at a date: {@code task-assigned} and the task-lifecycle
 * events that happened by then, folded by {@link AssignmentTimeline}, and its plan's coverage.
 *
 * @param role          the role held at that date (a plan amendment may have changed it)
 * @param assignedOn    day of the assignment, {@code null} when unknown (counted in every period)
 * @param dueDate       the deadline in force (after approved extensions and plan amendments), or
 *                      {@code null} when the task has none
 * @param completedOn   completion date = the day the accepted result was submitted, or {@code null};
 *                      judged against {@code dueDate}
 * @param withdrawnOn   day the assignment was withdrawn (thu hồi), or {@code null}
 * @param timeframeKind {@code CONTINUOUS}, {@code EVENT_DRIVEN}, ... or {@code null} when unknown
 * @param acceptedOn    day the office accepted the result: the completion counts in the period whose
 *                      window holds this day (before it, the result was awaiting review)
 * @param submittedOn   day a result awaiting review was submitted (cleared when returned), or {@code null}
 * @param refusedOn     day the lead unit refused (từ chối) the assignment, or {@code null}
 * @param coverageStart first day the plan covers, {@code null} when unknown or not stated
 * @param coverageEnd   last day the plan covers, {@code null} when unknown or not stated: a continuous
 *                      task is ongoing only while the plan covers the period
 * @param progress      the progress axis at that date (acknowledged, progress reported, submitted, …);
 *                      {@code null} where only the matrix is asked for
 */
public record AssignmentFacts(AssignmentRole role, LocalDate assignedOn, LocalDate dueDate,
        LocalDate completedOn, LocalDate withdrawnOn, String timeframeKind, LocalDate acceptedOn,
        LocalDate submittedOn, LocalDate refusedOn, LocalDate coverageStart, LocalDate coverageEnd,
        AssignmentStatus progress) {

    /** Facts without the progress axis. */
    public AssignmentFacts(AssignmentRole role, LocalDate assignedOn, LocalDate dueDate, LocalDate completedOn,
            LocalDate withdrawnOn, String timeframeKind, LocalDate acceptedOn, LocalDate submittedOn,
            LocalDate refusedOn, LocalDate coverageStart, LocalDate coverageEnd) {
        this(role, assignedOn, dueDate, completedOn, withdrawnOn, timeframeKind, acceptedOn, submittedOn, refusedOn,
                coverageStart, coverageEnd, null);
    }

    /** Facts of a plan whose coverage is not known. */
    public AssignmentFacts(AssignmentRole role, LocalDate assignedOn, LocalDate dueDate, LocalDate completedOn,
            LocalDate withdrawnOn, String timeframeKind, LocalDate acceptedOn, LocalDate submittedOn,
            LocalDate refusedOn) {
        this(role, assignedOn, dueDate, completedOn, withdrawnOn, timeframeKind, acceptedOn, submittedOn, refusedOn,
                null, null);
    }

    /** Facts whose completion was accepted on the day it was submitted, and no refusal. */
    public AssignmentFacts(AssignmentRole role, LocalDate assignedOn, LocalDate dueDate, LocalDate completedOn,
            LocalDate withdrawnOn, String timeframeKind) {
        this(role, assignedOn, dueDate, completedOn, withdrawnOn, timeframeKind, completedOn, null, null);
    }

    /** The same facts under a plan covering {@code start}…{@code end} (either {@code null}: open-ended). */
    public AssignmentFacts coveredBy(LocalDate start, LocalDate end) {
        return new AssignmentFacts(role, assignedOn, dueDate, completedOn, withdrawnOn, timeframeKind, acceptedOn,
                submittedOn, refusedOn, start, end, progress);
    }
}
