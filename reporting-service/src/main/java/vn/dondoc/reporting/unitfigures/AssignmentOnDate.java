package vn.dondoc.reporting.unitfigures;

/**
 * An assignment as {@code task-assigned} gave it and what was true of it at the end of a day: its
 * lifecycle events by then folded, under its plan's coverage once the plan is known.
 */
public record AssignmentOnDate(AssignedTask task, AssignmentFacts facts) {
}
