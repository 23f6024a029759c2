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
 * @param regime       code of the reporting regime, e.g. {@code quy-nam}; may be {@code null}
 * @param reminder     why this event was sent: {@code OWED} (the unit now owes the report),
 *                     {@code LEAD_TIME} (the deadline is near) or {@code DEADLINE} (due today);
 *                     may be {@code null} (older producers)
 * @param departmentCode the department the unit belongs to; may be {@code null}
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
        ReportLevel level,
        String regime,
        String reminder,
        String departmentCode) implements IntegrationEvent {

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

    /** The first version's fields: no regime, reminder or department. */
    public ReportDue(String eventId, Instant occurredAt, String reportId, String unitCode,
            String periodType, String periodLabel, LocalDate windowStart, LocalDate windowEnd,
            LocalDate dueDate, ReportLevel level) {
        this(eventId, occurredAt, reportId, unitCode, periodType, periodLabel, windowStart, windowEnd,
                dueDate, level, null, null, null);
    }

    /** Who reports to whom. */
    public enum ReportLevel {
        UNIT_TO_OFFICE,
        OFFICE_TO_PROVINCE
    }
}
