package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where one assignment falls in a period's matrix at an as-of date (domain guide §5): counted when
 * assigned by the as-of date and open then, or completed (accepted) or withdrawn inside the window;
 * open items carry over into every later period; refused ones are no longer owed and not counted;
 * a continuous task is ongoing only in a period its plan's coverage overlaps.
 * Overdue means as-of date after the due date in force; a result awaiting review is judged by its
 * submission date instead (as task-service does). Due soon means at most {@value #DUE_SOON_DAYS}
 * days left.
 */
public final class MatrixCounting {

    public static final int DUE_SOON_DAYS = 3;

    private MatrixCounting() {
    }

    /** The as-of date clipped to the window's end: a period is counted at its cut-off at the latest. */
    public static LocalDate effectiveAsOf(LocalDate asOf, LocalDate windowEnd) {
        return asOf.isAfter(windowEnd) ? windowEnd : asOf;
    }

    public static MatrixColumn columnOf(AssignmentFacts facts, LocalDate windowStart, LocalDate asOf) {
        if (facts.assignedOn() != null && facts.assignedOn().isAfter(asOf)) {
            return MatrixColumn.NOT_COUNTED;
        }
        if (happenedBy(facts.withdrawnOn(), asOf)) {
            return facts.withdrawnOn().isBefore(windowStart) ? MatrixColumn.NOT_COUNTED : MatrixColumn.WITHDRAWN;
        }
        if (happenedBy(facts.refusedOn(), asOf)) {
            return MatrixColumn.NOT_COUNTED;
        }
        if (isCompleted(facts, asOf)) {
            if (facts.acceptedOn().isBefore(windowStart)) {
                return MatrixColumn.NOT_COUNTED;
            }
            return facts.dueDate() == null || !facts.completedOn().isAfter(facts.dueDate())
                    ? MatrixColumn.COMPLETED_ON_TIME : MatrixColumn.COMPLETED_LATE;
        }
        if ("CONTINUOUS".equals(facts.timeframeKind())) {
            return coveredBetween(facts, windowStart, asOf) ? MatrixColumn.CONTINUOUS : MatrixColumn.NOT_COUNTED;
        }
        if (facts.dueDate() == null) {
            return "EVENT_DRIVEN".equals(facts.timeframeKind()) ? MatrixColumn.NOT_OCCURRED
                    : MatrixColumn.NO_DEADLINE;
        }
        return judgedOn(facts, asOf).isAfter(facts.dueDate()) ? MatrixColumn.OPEN_OVERDUE
                : MatrixColumn.OPEN_WITHIN_DEADLINE;
    }

    public static boolean isDueSoon(AssignmentFacts facts, LocalDate asOf) {
        return facts.dueDate() != null && !happenedBy(facts.submittedOn(), asOf) && !asOf.isAfter(facts.dueDate())
                && ChronoUnit.DAYS.between(asOf, facts.dueDate()) <= DUE_SOON_DAYS;
    }

    public static long daysOverdue(AssignmentFacts facts, LocalDate asOf) {
        return ChronoUnit.DAYS.between(facts.dueDate(), judgedOn(facts, asOf));
    }

    /**
     * Whether the plan's coverage overlaps the window as far as the as-of date (the whole window at
     * the cut-off); an unknown coverage, or an open end, overlaps.
     */
    private static boolean coveredBetween(AssignmentFacts facts, LocalDate windowStart, LocalDate asOf) {
        return (facts.coverageEnd() == null || !facts.coverageEnd().isBefore(windowStart))
                && (facts.coverageStart() == null || !facts.coverageStart().isAfter(asOf));
    }

    private static boolean isCompleted(AssignmentFacts facts, LocalDate asOf) {
        return facts.completedOn() != null && happenedBy(facts.acceptedOn(), asOf);
    }

    /** The submission day of a result awaiting review, else the as-of date. */
    private static LocalDate judgedOn(AssignmentFacts facts, LocalDate asOf) {
        return happenedBy(facts.submittedOn(), asOf) ? facts.submittedOn() : asOf;
    }

    private static boolean happenedBy(LocalDate day, LocalDate asOf) {
        return day != null && !day.isAfter(asOf);
    }
}
