package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;
import vn.dondoc.contracts.AssignmentRole;

/**
 * What reporting knows about one assignment at a date. Today only {@code task-assigned} exists, so
 * {@code completedOn}, {@code withdrawnOn} and {@code timeframeKind} stay {@code null} until the
 * task-lifecycle events fill them; the counting rules for them are already in {@link MatrixCounting}.
 *
 * @param assignedOn    day of the assignment, {@code null} when unknown (counted in every period)
 * @param dueDate       deadline, {@code null} when the task has none
 * @param completedOn   day the accepted result was submitted, or {@code null}
 * @param withdrawnOn   day the assignment was withdrawn (thu hồi), or {@code null}
 * @param timeframeKind {@code CONTINUOUS}, {@code EVENT_DRIVEN}, ... or {@code null} when unknown
 */
public record AssignmentFacts(AssignmentRole role, LocalDate assignedOn, LocalDate dueDate,
        LocalDate completedOn, LocalDate withdrawnOn, String timeframeKind) {
}
