package vn.dondoc.vocabulary.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year of the public administration's calendar: the weekdays off (holidays, their compensatory
 * days, announced bridges) and the weekend days worked instead (swaps).
 *
 * @param source {@code ANNOUNCED}: the Government's arrangement, from {@code reporting.holidays};
 *               {@code COMPUTED}: not announced (not configured), computed by {@link LabourCodeHolidays}
 */
public record HolidayYear(int year, Source source, SortedSet<LocalDate> daysOff,
        SortedSet<LocalDate> workingWeekendDays) {

    /** Where a year's calendar comes from. */
    public enum Source {
        ANNOUNCED,
        COMPUTED
    }

    public HolidayYear {
        if (source == null) {
            throw new IllegalArgumentException("the source of the " + year + " calendar is required");
        }
        daysOff = Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
        workingWeekendDays = Collections.unmodifiableSortedSet(new TreeSet<>(workingWeekendDays));
    }

    public boolean isAnnounced() {
        return source == Source.ANNOUNCED;
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingWeekendDays.contains(date) || !isWeekend(date) && !daysOff.contains(date);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
