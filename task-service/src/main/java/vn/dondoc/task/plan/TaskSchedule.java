package vn.dondoc.task.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.vocabulary.ReportingSchedule;
import vn.dondoc.vocabulary.TimeframeKind;
import vn.dondoc.vocabulary.calendar.DeadlineCalendar;

/**
 * What assignments a task yields per unit: a recurring task one instance per reporting period whose
 * cut-off falls inside the plan's coverage (due on that period's units' deadline, cut-off + 2 working
 * days in the calendar reporting-service counts in: {@link DeadlineCalendar}; periods sharing a data window are
 * one, so "3 tháng, 6 tháng, 9 tháng và năm" is Q1, H1, 9M and the year: {@link ReportingSchedule}),
 * an event-driven or externally scheduled task none until the office records an occurrence, any
 * other task one for the whole task.
 */
public final class TaskSchedule {

    /** The one calendar and units' deadline both services read (ADR 0007). */
    private static final DeadlineCalendar DEADLINES = DeadlineCalendar.inForce();

    private static final Pattern MONTHS = Pattern.compile("\\b(\\d{1,2}) thang\\b");

    private TaskSchedule() {
    }

    public static List<TaskInstance> instancesOf(IssuedPlan plan, IssuedPlan.Task task) {
        if (task.byOccurrence()) {
            return List.of();
        }
        if (TimeframeKind.RECURRING.is(task.timeframeKind()) && plan.coverageStart() != null
                && plan.coverageEnd() != null) {
            List<PeriodType> named = periodsNamed(task.timeframeText());
            List<PeriodType> types = named.isEmpty() ? typesOf(plan.reportingPeriods()) : named;
            List<ReportingPeriod> periods = ReportingSchedule.within(types,
                    ReportingSchedule.cumulativeByDefault(types), plan.coverageStart(), plan.coverageEnd());
            if (!periods.isEmpty()) {
                return periods.stream().map(period -> TaskInstance.of(period, DEADLINES)).toList();
            }
        }
        return List.of(TaskInstance.whole(task));
    }

    /** The period types a phrase names: "quý, năm"; "3 tháng, 6 tháng, 9 tháng và năm"; "hằng tháng". */
    static List<PeriodType> periodsNamed(String phrase) {
        String key = " " + TextFolding.fold(phrase).replaceAll("[^a-z0-9]+", " ") + " ";
        List<PeriodType> types = new ArrayList<>();
        Matcher months = MONTHS.matcher(key);
        while (months.find()) {
            switch (months.group(1)) {
                case "1" -> add(types, PeriodType.MONTH);
                case "3" -> add(types, PeriodType.QUARTER);
                case "6" -> add(types, PeriodType.HALF_YEAR);
                case "9" -> add(types, PeriodType.NINE_MONTHS);
                case "12" -> add(types, PeriodType.YEAR);
                default -> { }
            }
        }
        String words = MONTHS.matcher(key).replaceAll(" ");
        if (words.matches(".* (hang|moi) thang .*")) {
            add(types, PeriodType.MONTH);
        }
        if (words.contains(" quy ")) {
            add(types, PeriodType.QUARTER);
        }
        if (words.contains(" nua nam ")) {
            add(types, PeriodType.HALF_YEAR);
        } else if (words.contains(" nam ")) {
            add(types, PeriodType.YEAR);
        }
        return List.copyOf(types);
    }

    /** The types plan-issued names for the plan ({@code HALF_YEAR}, …); unknown names are ignored. */
    private static List<PeriodType> typesOf(List<String> names) {
        return (names == null ? List.<String>of() : names).stream().map(PeriodType::named)
                .flatMap(java.util.Optional::stream).distinct().toList();
    }

    private static void add(List<PeriodType> types, PeriodType type) {
        if (!types.contains(type)) {
            types.add(type);
        }
    }
}
