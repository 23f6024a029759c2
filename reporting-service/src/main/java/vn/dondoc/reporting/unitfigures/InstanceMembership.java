package vn.dondoc.reporting.unitfigures;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.reporting.calendar.PeriodType;
import vn.dondoc.reporting.calendar.ReportingPeriod;

/**
 * Which periods count an instance of a recurring task (issue 16), as task-service's
 * {@code PeriodMembership} judges it: an assignment whose instance key names a reporting period
 * ({@code 2026-Q1}, {@code 2026-Y}) counts only in that period, that is the period of the same kind,
 * year and position, whether the regime reports it cumulatively or not; never in another period,
 * not even a longer one containing it, and its open work does not carry over. An assignment without
 * instance key (stored before the key was kept, or not recurring) or with a key that names no period
 * (an occurrence {@code O-…} of an event-driven task) follows the general rule of
 * {@link MatrixCounting}. Keys are read as task-service writes them ({@code 2026-M01}) and as
 * reporting does ({@code 2026-M1}).
 */
public final class InstanceMembership {

    private static final Pattern KEY = Pattern.compile("(\\d{4})-(?:M(\\d{1,2})|Q([1-4])|H([12])|(9M)|(Y))");

    private InstanceMembership() {
    }

    /** Whether an assignment with this instance key ({@code null}: none) may count in the period. */
    public static boolean counts(String instanceKey, ReportingPeriod period) {
        ReportingPeriod own = periodOf(instanceKey);
        return own == null || (own.type() == period.type() && own.year() == period.year()
                && own.index() == period.index());
    }

    /** The period an instance key names, or {@code null} when it names none. */
    static ReportingPeriod periodOf(String instanceKey) {
        Matcher matcher = KEY.matcher(instanceKey == null ? "" : instanceKey.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        try {
            if (matcher.group(2) != null) {
                return new ReportingPeriod(PeriodType.MONTH, year, Integer.parseInt(matcher.group(2)), false);
            }
            if (matcher.group(3) != null) {
                return new ReportingPeriod(PeriodType.QUARTER, year, Integer.parseInt(matcher.group(3)), false);
            }
            if (matcher.group(4) != null) {
                return new ReportingPeriod(PeriodType.SIX_MONTHS, year, Integer.parseInt(matcher.group(4)), false);
            }
            return new ReportingPeriod(matcher.group(5) != null ? PeriodType.NINE_MONTHS : PeriodType.YEAR, year, 1,
                    true);
        } catch (IllegalArgumentException noSuchPeriod) {
            return null; // month 0 or 13
        }
    }
}
