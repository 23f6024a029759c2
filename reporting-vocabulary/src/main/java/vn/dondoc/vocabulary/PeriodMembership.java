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
 * What counts beyond that (open at the cut-off, completed inside the window, continuous under the
 * coverage) each service judges on its own facts.
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
}
