package vn.dondoc.vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The periods a set of period types yields in a year. Periods that share a data window are one report,
 * named by the longest kind: "định kỳ 3 tháng, 6 tháng, 9 tháng và năm" reported cumulatively is four
 * reports a year (Q1, H1, 9M, Y), not eight. A set is cumulative when a regime says so, or, read from
 * a task's own phrase, when it names nine months: that report exists only as a cumulative one
 * (domain guide §4).
 */
public final class ReportingSchedule {

    private ReportingSchedule() {
    }

    /** Whether a phrase naming these types reports cumulatively from 15/12 of the previous year. */
    public static boolean cumulativeByDefault(Collection<PeriodType> types) {
        return types.contains(PeriodType.NINE_MONTHS);
    }

    /** The periods reported in a year, earliest cut-off first, the shorter window first on the same cut-off. */
    public static List<ReportingPeriod> periodsOf(Collection<PeriodType> types, boolean cumulative, int year) {
        Map<String, ReportingPeriod> byWindow = new LinkedHashMap<>();
        Set.copyOf(types).stream().sorted(Comparator.reverseOrder()).forEach(type -> {
            for (int index = 1; index <= type.perYear(); index++) {
                ReportingPeriod period = new ReportingPeriod(type, year, index, cumulative);
                byWindow.putIfAbsent(period.windowStart() + "/" + period.windowEnd(), period);
            }
        });
        List<ReportingPeriod> periods = new ArrayList<>(byWindow.values());
        periods.sort(Comparator.comparing(ReportingPeriod::cutOff)
                .thenComparing(ReportingPeriod::windowStart, Comparator.reverseOrder()));
        return periods;
    }

    /** The periods whose cut-off falls inside the coverage (both ends included), in the order of {@link #periodsOf}. */
    public static List<ReportingPeriod> within(Collection<PeriodType> types, boolean cumulative, LocalDate start,
            LocalDate end) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            periodsOf(types, cumulative, year).stream()
                    .filter(period -> !period.cutOff().isBefore(start) && !period.cutOff().isAfter(end))
                    .forEach(periods::add);
        }
        return periods;
    }
}
