package vn.dondoc.vocabulary.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days of the Vietnamese public administration: Monday to Friday, less the year's days off,
 * plus its swapped working Saturdays. A year's calendar is the one announced in configuration, else
 * the one {@link LabourCodeHolidays} computes, with a warning logged the first time that year is used.
 */
public final class WorkingDays {

    private static final System.Logger log = System.getLogger(WorkingDays.class.getName());

    private final Map<Integer, HolidayYear> announced;
    private final Map<Integer, HolidayYear> computed = new ConcurrentHashMap<>();

    /** @param announced the years announced by the Government */
    public WorkingDays(Collection<HolidayYear> announced) {
        this.announced = announced.stream().collect(Collectors.toUnmodifiableMap(HolidayYear::year,
                Function.identity()));
    }

    /** The year's calendar: announced, else computed from the Labour Code. */
    public HolidayYear year(int year) {
        HolidayYear known = announced.get(year);
        return known != null ? known : computed.computeIfAbsent(year, WorkingDays::computed);
    }

    /** The announced years, ascending. */
    public List<Integer> announcedYears() {
        return announced.keySet().stream().sorted().toList();
    }

    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
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

    private static HolidayYear computed(int year) {
        HolidayYear computed = LabourCodeHolidays.of(year);
        log.log(System.Logger.Level.WARNING, () -> ("No announced holiday calendar for %d (holidays.%d in"
                + " %s): using the one computed from Bộ luật Lao động 2019, Điều 112, days off %s. Add the"
                + " Government's announcement when it comes.").formatted(year, year, DeadlineCalendar.FILE,
                computed.daysOff()));
        return computed;
    }
}
