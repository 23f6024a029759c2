package vn.dondoc.plan.timeframe;

/** Reporting periods a recurring task or a reporting requirement names. */
public enum PeriodType {
    MONTH,
    QUARTER,
    HALF_YEAR,
    NINE_MONTHS,
    YEAR
}
