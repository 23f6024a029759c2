package vn.dondoc.vocabulary;

import java.time.LocalDate;

/**
 * The days a plan covers, as both services read {@code plan-issued} (domain guide §3; issue 16): the
 * stated coverage, else from the issue date; a plan without an end date ends on 31/12 of the year it
 * starts (task-service listed its continuous tasks until then, reporting-service never ended them).
 * A continuous task is ongoing, an event-driven task in force, only in the periods the coverage overlaps.
 *
 * @param start first day, {@code null} when not known (no lower bound)
 * @param end   last day, {@code null} only when the start is not known either (no upper bound)
 */
public record Coverage(LocalDate start, LocalDate end) {

    public Coverage {
        if (end == null && start != null) {
            end = LocalDate.of(start.getYear(), 12, 31);
        }
    }

    /** The coverage {@code plan-issued} states, its start defaulting to the issue date. */
    public static Coverage of(LocalDate coverageStart, LocalDate coverageEnd, LocalDate issuedOn) {
        return new Coverage(coverageStart != null ? coverageStart : issuedOn, coverageEnd);
    }

    /**
     * Whether the plan reports the period: its cut-off lies inside the coverage (as a recurring task's
     * instances, {@link ReportingSchedule#within}); a plan of 2026 owes no report of 2027, not even Quý
     * I/2027 whose window starts on 15/12/2026.
     */
    public boolean holdsCutOffOf(ReportingPeriod period) {
        return (start == null || !period.cutOff().isBefore(start)) && (end == null || !period.cutOff().isAfter(end));
    }

    /** Whether the coverage overlaps {@code windowStart}…{@code asOf} (a period's window as far as the as-of date). */
    public boolean overlaps(LocalDate windowStart, LocalDate asOf) {
        return (end == null || !end.isBefore(windowStart)) && (start == null || !start.isAfter(asOf));
    }
}
