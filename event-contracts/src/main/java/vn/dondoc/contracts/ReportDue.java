package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit (or the office) owes a periodic report under Decree 09/2019. Key: {@code unitCode}.
 *
 * @param reportId     stable id of this obligation: unit, period and level
 * @param periodLabel  Vietnamese label, e.g. {@code Quý IV/2026}
 * @param windowStart  first day of the data window (15th of the month before the period)
 * @param windowEnd    cut-off day (14th of the period's last month)
 */
public record ReportDue(
        String eventId,
        Instant occurredAt,
        String reportId,
        String unitCode,
        String periodType,
        String periodLabel,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate dueDate,
        ReportLevel level) implements IntegrationEvent {

    public ReportDue {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(reportId, "reportId");
        Required.text(unitCode, "unitCode");
        Required.text(periodLabel, "periodLabel");
        Required.value(windowStart, "windowStart");
        Required.value(windowEnd, "windowEnd");
        Required.value(dueDate, "dueDate");
        Required.value(level, "level");
    }

    /** Who reports to whom. */
    public enum ReportLevel {
        UNIT_TO_OFFICE,
        OFFICE_TO_PROVINCE
    }
}
