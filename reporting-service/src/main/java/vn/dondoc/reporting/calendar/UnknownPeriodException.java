package vn.dondoc.reporting.calendar;

/** A regime or period a request names that the calendar does not know: a 400 with this title. */
public class UnknownPeriodException extends RuntimeException {

    private final String title;

    UnknownPeriodException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
