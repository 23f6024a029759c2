package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dondoc.vocabulary.Coverage;
import vn.dondoc.vocabulary.DueSoon;
import vn.dondoc.vocabulary.GovernmentOfficeColumn;
import vn.dondoc.vocabulary.PeriodMembership;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * Where one assignment falls in a period's matrix at an as-of date (domain guide §5): counted when
 * assigned by the as-of date and open then, or completed (accepted) or withdrawn inside the window;
 * open items carry over into every later period; refused ones are no longer owed and not counted;
 * a continuous task is ongoing only in a period its plan's coverage overlaps.
 * Overdue means as-of date after the due date in force; a result awaiting review is judged by its
 * submission date instead (as task-service does). Due soon is {@link DueSoon}.
 */
public final class MatrixCounting {

    private MatrixCounting() {
    }

    /** The as-of date clipped to the window's end: a period is counted at its cut-off at the latest. */
    public static LocalDate effectiveAsOf(LocalDate asOf, LocalDate windowEnd) {
        return asOf.isAfter(windowEnd) ? windowEnd : asOf;
    }

    public static GovernmentOfficeColumn columnOf(AssignmentFacts facts, LocalDate windowStart, LocalDate asOf) {
        if (!PeriodMembership.assignedBy(facts.assignedOn(), asOf)) {
            return GovernmentOfficeColumn.NOT_COUNTED;
        }
        if (happenedBy(facts.withdrawnOn(), asOf)) {
            return facts.withdrawnOn().isBefore(windowStart) ? GovernmentOfficeColumn.NOT_COUNTED : GovernmentOfficeColumn.WITHDRAWN;
        }
        if (happenedBy(facts.refusedOn(), asOf)) {
            return GovernmentOfficeColumn.NOT_COUNTED;
        }
        if (isCompleted(facts, asOf)) {
            if (!PeriodMembership.completedWithin(facts.acceptedOn(), windowStart, asOf)) {
                return GovernmentOfficeColumn.NOT_COUNTED;
            }
            return PeriodMembership.completedOnTime(facts.completedOn(), facts.dueDate())
                    ? GovernmentOfficeColumn.COMPLETED_ON_TIME : GovernmentOfficeColumn.COMPLETED_LATE;
        }
        if (TimeframeKind.CONTINUOUS.is(facts.timeframeKind())) {
            return coveredBetween(facts, windowStart, asOf) ? GovernmentOfficeColumn.CONTINUOUS : GovernmentOfficeColumn.NOT_COUNTED;
        }
        if (facts.dueDate() == null) {
            return TimeframeKind.EVENT_DRIVEN.is(facts.timeframeKind()) ? GovernmentOfficeColumn.NOT_OCCURRED
                    : TimeframeKind.UNSPECIFIED.is(facts.timeframeKind()) ? GovernmentOfficeColumn.TIMEFRAME_TO_SET
                    : GovernmentOfficeColumn.NO_DEADLINE;
        }
        return judgedOn(facts, asOf).isAfter(facts.dueDate()) ? GovernmentOfficeColumn.OPEN_OVERDUE
                : GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE;
    }

    public static boolean isDueSoon(AssignmentFacts facts, LocalDate asOf) {
        return facts.dueDate() != null && !happenedBy(facts.submittedOn(), asOf) && DueSoon.on(asOf, facts.dueDate());
    }

    public static long daysOverdue(AssignmentFacts facts, LocalDate asOf) {
        return ChronoUnit.DAYS.between(facts.dueDate(), judgedOn(facts, asOf));
    }

    /**
     * Whether the plan's coverage overlaps the window as far as the as-of date (the whole window at
     * the cut-off); an unknown coverage overlaps; a plan without an end date ends on 31/12 of its
     * start year (the shared {@link Coverage}).
     */
    private static boolean coveredBetween(AssignmentFacts facts, LocalDate windowStart, LocalDate asOf) {
        return new Coverage(facts.coverageStart(), facts.coverageEnd()).overlaps(windowStart, asOf);
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
