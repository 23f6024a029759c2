package vn.dondoc.vocabulary;

import java.time.LocalDate;

/**
 * The two membership rules both services apply before anything else when they decide whether a
 * period counts an assignment (domain guide §5, issue 16):
 * <ul>
 * <li>an assignment made after the period's end (its cut-off) does not count there, even when its plan
 * began earlier;</li>
 * <li>an instance of a recurring task (its instance key names a period) counts only in its own period:
 * the same kind, year and position, whether the period is reported cumulatively or not.</li>
 * </ul>
 * And the rule for a result (domain guide §5, settled): it counts as completed in the period whose
 * window holds the day the office <b>accepted</b> it, on time or late by the day it was <b>submitted</b>
 * ({@link #completedWithin}, {@link #completedOnTime}): submitted 10/03, accepted 20/03 is open at the
 * Q1 cut-off 14/03 and completed on time in Q2. What counts beyond that (open at the cut-off,
 * continuous under the coverage) each service judges on its own facts.
 */
public final class PeriodMembership {

    private PeriodMembership() {
    }

    /** Whether the assignment existed by the period's end; an unknown assignment day does not exclude. */
    public static boolean assignedBy(LocalDate assignedOn, LocalDate periodEnd) {
        return assignedOn == null || !assignedOn.isAfter(periodEnd);
    }

    /**
     * Whether an assignment with this instance key may count in the period: always when the key names
     * no period ({@code null}, an occurrence {@code O-…}), else only in that period.
     */
    public static boolean instanceMayCount(String instanceKey, ReportingPeriod period) {
        return ReportingPeriod.parse(instanceKey).map(own -> own.samePlaceAs(period)).orElse(true);
    }

    /**
     * Whether a completion counts in the window {@code windowStart}…{@code asOf}: the office accepted
     * the result inside it (before it, the result counted in an earlier period; after it, it was still
     * awaiting review).
     */
    public static boolean completedWithin(LocalDate acceptedOn, LocalDate windowStart, LocalDate asOf) {
        return acceptedOn != null && !acceptedOn.isBefore(windowStart) && !acceptedOn.isAfter(asOf);
    }

    /** Whether a completion was on time: judged by the day the result was submitted, not accepted. */
    public static boolean completedOnTime(LocalDate submittedOn, LocalDate dueDate) {
        return dueDate == null || submittedOn == null || !submittedOn.isAfter(dueDate);
    }
}
