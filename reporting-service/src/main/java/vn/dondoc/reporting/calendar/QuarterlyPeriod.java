package vn.dondoc.reporting.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A quarter as Decree 09/2019 counts it: data from the 15th of the month before the quarter to the
 * 14th of its last month (Q1 15/12 of the previous year to 14/03).
 */
public record QuarterlyPeriod(int year, int quarter) {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public QuarterlyPeriod {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
        }
    }

    /** The quarter whose data window holds the date: 15/12/2025 already belongs to Q1/2026. */
    public static QuarterlyPeriod containing(LocalDate date) {
        LocalDate shifted = date.getDayOfMonth() >= 15 ? date.plusMonths(1) : date;
        return new QuarterlyPeriod(shifted.getYear(), (shifted.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate windowStart() {
        return windowEnd().minusMonths(3).plusDays(1);
    }

    /** The cut-off day: the 14th of the quarter's last month. */
    public LocalDate windowEnd() {
        return MonthDay.of(quarter * 3, 14).atYear(year);
    }

    /** "Quý IV/2026". */
    public String label() {
        return "Quý " + ROMAN[quarter - 1] + "/" + year;
    }

    /** "2026-Q4". */
    public String key() {
        return year + "-Q" + quarter;
    }
}
