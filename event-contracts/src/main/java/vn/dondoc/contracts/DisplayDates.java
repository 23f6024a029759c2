package vn.dondoc.contracts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a date reads where a person reads it (a message, a history line, a report, an email):
 * {@code dd/MM/yyyy}, as Vietnamese administrative documents write it. Events and APIs keep ISO dates.
 */
public final class DisplayDates {

    /** {@code dd/MM/yyyy}. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DisplayDates() {
    }

    /** {@code 31/12/2026}; an empty text for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
