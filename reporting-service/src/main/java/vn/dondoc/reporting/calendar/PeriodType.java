package vn.dondoc.reporting.calendar;

/**
 * Kinds of reporting period and how many months of data each covers. Longer kinds come later, so
 * when two periods of a regime share a data window the longer kind names it.
 */
public enum PeriodType {
    MONTH(1, 12),
    QUARTER(3, 4),
    SIX_MONTHS(6, 2),
    NINE_MONTHS(9, 1),
    YEAR(12, 1);

    private final int months;
    private final int perYear;

    PeriodType(int months, int perYear) {
        this.months = months;
        this.perYear = perYear;
    }

    public int months() {
        return months;
    }

    /** How many periods of this kind a year has (nine months: one, 15/12 to 14/09). */
    public int perYear() {
        return perYear;
    }
}
