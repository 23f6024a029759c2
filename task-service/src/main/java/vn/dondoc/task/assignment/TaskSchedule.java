package vn.dondoc.task.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What assignments a task yields per unit: a recurring task one instance per reporting period whose
 * cut-off falls inside the plan's coverage (due on that cut-off), an event-driven or externally
 * scheduled task none until the office records an occurrence, any other task one for the whole task.
 */
final class TaskSchedule {

    private static final Pattern MONTHS = Pattern.compile("\\b(\\d{1,2}) thang\\b");

    private TaskSchedule() {
    }

    static List<TaskInstance> instancesOf(IssuedPlan plan, IssuedPlan.Task task) {
        if (task.byOccurrence()) {
            return List.of();
        }
        if (IssuedPlan.Task.RECURRING.equals(task.timeframeKind()) && plan.coverageStart() != null
                && plan.coverageEnd() != null) {
            List<String> types = periodsNamed(task.timeframeText());
            List<ReportingPeriod> periods = ReportingPeriod.within(
                    types.isEmpty() ? plan.reportingPeriods() : types, plan.coverageStart(),
                    plan.coverageEnd());
            if (!periods.isEmpty()) {
                return periods.stream().map(TaskInstance::of).toList();
            }
        }
        return List.of(TaskInstance.whole(task));
    }

    /** The period types a phrase names: "quý, năm"; "3 tháng, 6 tháng, 9 tháng và năm"; "hằng tháng". */
    static List<String> periodsNamed(String phrase) {
        String key = " " + TextFolding.fold(phrase).replaceAll("[^a-z0-9]+", " ") + " ";
        List<String> types = new ArrayList<>();
        Matcher months = MONTHS.matcher(key);
        while (months.find()) {
            switch (months.group(1)) {
                case "1" -> add(types, "MONTH");
                case "3" -> add(types, "QUARTER");
                case "6" -> add(types, "HALF_YEAR");
                case "9" -> add(types, "NINE_MONTHS");
                case "12" -> add(types, "YEAR");
                default -> { }
            }
        }
        String words = MONTHS.matcher(key).replaceAll(" ");
        if (words.matches(".* (hang|moi) thang .*")) {
            add(types, "MONTH");
        }
        if (words.contains(" quy ")) {
            add(types, "QUARTER");
        }
        if (words.contains(" nua nam ")) {
            add(types, "HALF_YEAR");
        } else if (words.contains(" nam ")) {
            add(types, "YEAR");
        }
        return List.copyOf(types);
    }

    private static void add(List<String> types, String type) {
        if (!types.contains(type)) {
            types.add(type);
        }
    }
}
