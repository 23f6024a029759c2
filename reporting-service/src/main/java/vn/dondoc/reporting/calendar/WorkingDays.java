package vn.dondoc.reporting.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working days of the Vietnamese public administration: Monday to Friday, less the configured days
 * off (holidays, their compensatory days, announced bridges), plus the configured swapped working
 * Saturdays. A year without configuration counts weekends only.
 */
public final class WorkingDays {

    private final Map<Integer, Set<LocalDate>> daysOff;
    private final Map<Integer, Set<LocalDate>> workingWeekendDays;

    public WorkingDays(Map<Integer, Set<LocalDate>> daysOff,
            Map<Integer, Set<LocalDate>> workingWeekendDays) {
        this.daysOff = Map.copyOf(daysOff);
        this.workingWeekendDays = Map.copyOf(workingWeekendDays);
    }

    public boolean isConfigured(int year) {
        return daysOff.containsKey(year);
    }

    /** The configured years, ascending. */
    public java.util.List<Integer> configuredYears() {
        return daysOff.keySet().stream().sorted().toList();
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekendDays.getOrDefault(date.getYear(), Set.of()).contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !daysOff.getOrDefault(date.getYear(), Set.of()).contains(date);
    }

    /** The n-th working day after the date (the date itself not counted). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The date itself when it is a working day, else the next working day (Bộ luật Dân sự, Điều 148). */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
