package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The department office submitted the department's periodic report to UBND tỉnh: every unit's
 * figures as frozen for the period, the totals and the units that had not reported. Key:
 * {@code departmentCode}.
 *
 * @param reportId     stable id: department, regime and period ({@code SKHCN:quy-nam:2026-Q3})
 * @param periodKey    {@code 2026-Q3}, {@code 2026-H1}, {@code 2026-9M}, {@code 2026-Y}
 * @param asOf         the day the figures are counted at (the cut-off, {@code windowEnd})
 * @param dueDate      the office's deadline to UBND tỉnh for the period
 * @param onTime       {@code submittedOn} ≤ {@code dueDate}
 * @param submittedBy  user name of the office clerk or leader who submitted (optional)
 * @param units        one row per unit, sorted by unit code
 * @param notSubmitted codes of the units that had not submitted their own report
 */
public record DepartmentReportSubmitted(
        String eventId,
        Instant occurredAt,
        String reportId,
        String departmentCode,
        String regime,
        String periodType,
        String periodKey,
        String periodLabel,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate asOf,
        LocalDate dueDate,
        LocalDate submittedOn,
        boolean onTime,
        String submittedBy,
        List<UnitRow> units,
        UnitReportSubmitted.Figures leadTotal,
        UnitReportSubmitted.Figures coordinatorTotal,
        List<String> notSubmitted,
        String completionRateFormula,
        String onTimeRateFormula) implements IntegrationEvent {

    public DepartmentReportSubmitted {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(reportId, "reportId");
        Required.text(departmentCode, "departmentCode");
        Required.text(periodLabel, "periodLabel");
        Required.value(windowEnd, "windowEnd");
        Required.value(submittedOn, "submittedOn");
        Required.value(leadTotal, "leadTotal");
        Required.value(coordinatorTotal, "coordinatorTotal");
        units = Required.list(units);
        notSubmitted = Required.list(notSubmitted);
    }

    /**
     * One unit's line: its figures per role, and when it submitted its own report ({@code null}
     * with {@code onTime} {@code null} when it had not).
     *
     * @param unitName the unit's name in its department's directory ("Phòng Chuyển đổi số"); its code
     *                 while the directory has not announced it; absent from producers before it was carried
     */
    public record UnitRow(String unitCode, LocalDate submittedOn, Boolean onTime, UnitReportSubmitted.Figures lead,
            UnitReportSubmitted.Figures coordinator, String unitName) {

        public UnitRow {
            Required.text(unitCode, "units[].unitCode");
            Required.value(lead, "units[].lead");
            Required.value(coordinator, "units[].coordinator");
        }
    }
}
