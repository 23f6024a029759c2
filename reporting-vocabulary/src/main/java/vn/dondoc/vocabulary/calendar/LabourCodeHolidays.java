package vn.dondoc.vocabulary.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The days off of a year the Government has not announced yet, from Bộ luật Lao động 2019: the
 * holidays of Điều 112 khoản 1, and for each one on a Saturday or Sunday (the administration's weekly
 * rest) a compensatory day on the next working day (Điều 111 khoản 3). The Prime Minister fixes the
 * Tết days and the day next to Quốc khánh each year (Điều 112 khoản 3); until then:
 * <ul>
 *   <li>Tết Nguyên đán, 5 days: the last day of the lunar year and mùng 1 to mùng 4, as in the
 *       announcements of 2026 (16–20/02) and most years before;</li>
 *   <li>Quốc khánh, 2 days: 02/9 and the day before (01/9), or the day after (03/9) when 02/9 is a
 *       Thursday, so the holiday joins the weekend, as announced every year from 2021 to 2026.</li>
 * </ul>
 * Swaps of a bridge day for a Saturday are never guessed: only the Government announces them.
 */
final class LabourCodeHolidays {

    private static final int TET_DAYS = 5;

    private LabourCodeHolidays() {
    }

    /** The year's days off: its holidays on weekdays and the compensatory days of those on weekends. */
    static HolidayYear of(int year) {
        SortedSet<LocalDate> holidays = holidays(year);
        SortedSet<LocalDate> daysOff = new TreeSet<>(holidays);
        daysOff.removeIf(HolidayYear::isWeekend);
        for (LocalDate holiday : holidays) {
            if (HolidayYear.isWeekend(holiday)) {
                LocalDate compensation = holiday.plusDays(1);
                while (HolidayYear.isWeekend(compensation) || daysOff.contains(compensation)) {
                    compensation = compensation.plusDays(1);
                }
                daysOff.add(compensation);
            }
        }
        return new HolidayYear(year, HolidayYear.Source.COMPUTED, daysOff, new TreeSet<>());
    }

    /** The holidays of Điều 112 khoản 1 themselves, weekends included, without compensatory days. */
    static SortedSet<LocalDate> holidays(int year) {
        LocalDate tet = LunarCalendar.newYear(year);
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate nextToNationalDay = nationalDay.getDayOfWeek() == DayOfWeek.THURSDAY
                ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
        return new TreeSet<>(Stream.of(
                Stream.of(LocalDate.of(year, 1, 1)),
                Stream.iterate(tet.minusDays(1), day -> day.plusDays(1)).limit(TET_DAYS),
                Stream.of(LunarCalendar.toSolar(year, 3, 10)),
                Stream.of(LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1), nextToNationalDay, nationalDay))
                .flatMap(days -> days).toList());
    }
}
