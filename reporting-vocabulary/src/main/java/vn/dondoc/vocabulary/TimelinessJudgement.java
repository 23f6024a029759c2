package vn.dondoc.vocabulary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The timeliness axis of an assignment on one date (domain guide §5), the one home of the rule both
 * services apply: "overdue" means the as-of date is after the deadline in force; a submitted or
 * accepted result is judged by its submission date; at most {@link DueSoon#DAYS} days left is due
 * soon; withdrawn or refused work is no longer owed; without a deadline a task whose timeframe is
 * not recognised waits for one ({@link Timeliness#TIMEFRAME_TO_SET}), any other has none.
 *
 * @param dueDate     the deadline in force on that date, or null
 * @param daysOverdue days past the deadline (on the as-of date, or at submission), else 0
 * @param daysLeft    days left until the deadline when open and not overdue, else null
 */
public record TimelinessJudgement(Timeliness timeliness, LocalDate dueDate, long daysOverdue, Long daysLeft) {

    /**
     * @param progress      the progress on the as-of date
     * @param dueDate       the deadline in force on the as-of date (after approved extensions), or null
     * @param submittedOn   the day the result in force was submitted (for SUBMITTED and COMPLETED)
     * @param timeframeKind the task's timeframe kind ({@link TimeframeKind} name), or null
     */
    public static TimelinessJudgement of(AssignmentStatus progress, LocalDate dueDate, LocalDate submittedOn,
            LocalDate asOf, String timeframeKind) {
        if (progress == AssignmentStatus.WITHDRAWN || progress == AssignmentStatus.REFUSED) {
            return new TimelinessJudgement(Timeliness.NOT_APPLICABLE, dueDate, 0, null);
        }
        if (dueDate == null) {
            return new TimelinessJudgement(TimeframeKind.UNSPECIFIED.is(timeframeKind)
                    ? Timeliness.TIMEFRAME_TO_SET : Timeliness.NO_DEADLINE, null, 0, null);
        }
        if (progress == AssignmentStatus.COMPLETED || progress == AssignmentStatus.SUBMITTED) {
            long late = submittedOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(dueDate, submittedOn));
            return new TimelinessJudgement(late > 0 ? Timeliness.OVERDUE : Timeliness.WITHIN_DEADLINE,
                    dueDate, late, null);
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, dueDate);
        if (daysLeft < 0) {
            return new TimelinessJudgement(Timeliness.OVERDUE, dueDate, -daysLeft, null);
        }
        return new TimelinessJudgement(daysLeft <= DueSoon.DAYS ? Timeliness.DUE_SOON : Timeliness.WITHIN_DEADLINE,
                dueDate, 0, daysLeft);
    }
}
