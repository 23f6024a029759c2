package vn.dondoc.reporting.calendar;

import java.util.List;
import java.util.Map;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.vocabulary.ReportingSchedule;
import vn.dondoc.vocabulary.calendar.DeadlineRule;

/**
 * A reporting regime as a plan states it ("quý, năm"; "3 tháng, 6 tháng, 9 tháng và năm"): which
 * periods are reported, whether they accumulate from 15/12 of the previous year, and the deadline
 * at each level.
 *
 * @param code short id used in configuration and events, e.g. {@code quy-nam}
 * @param name the Vietnamese phrase plans use, e.g. {@code quý, năm}
 */
public record Regime(String code, String name, List<PeriodType> periodTypes, boolean cumulative,
        Map<ReportLevel, DeadlineRule> deadlines) {

    public Regime {
        if (periodTypes == null || periodTypes.isEmpty()) {
            throw new IllegalArgumentException("regime " + code + " has no period types");
        }
        periodTypes = List.copyOf(periodTypes);
        deadlines = Map.copyOf(deadlines);
        for (ReportLevel level : ReportLevel.values()) {
            if (!deadlines.containsKey(level)) {
                throw new IllegalArgumentException("regime " + code + " has no deadline for " + level);
            }
        }
    }

    /**
     * The periods reported in a year, earliest cut-off first. Periods sharing a data window are
     * one report, named by the longest kind: cumulative Q2 is the six-month report.
     */
    public List<ReportingPeriod> periodsOf(int year) {
        return ReportingSchedule.periodsOf(periodTypes, cumulative, year);
    }

    public DeadlineRule deadline(ReportLevel level) {
        return deadlines.get(level);
    }
}
