package vn.dondoc.reporting.departmentreport;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.reporting.unitfigures.RoleFigures;

/**
 * The office's view of a period: one row per unit that owes a report (its submitted figures, or
 * the frozen or current ones while it has not submitted), totals, and the units still missing.
 */
public record DepartmentReport(String departmentCode, String regime, String periodKey, String periodLabel,
        LocalDate windowStart, LocalDate windowEnd, LocalDate asOf, List<UnitRow> units, RoleFigures leadTotal,
        RoleFigures coordinatorTotal, List<String> notSubmitted, String completionRateFormula,
        String onTimeRateFormula) {

    /**
     * One unit's line: {@code submittedOn} and {@code onTime} are {@code null} until it submits;
     * {@code unitName} is the name in its department's directory when the report was made (its code
     * while the directory has not announced it; {@code null} in reports stored before it was kept).
     */
    public record UnitRow(String unitCode, LocalDate submittedOn, Boolean onTime, RoleFigures lead,
            RoleFigures coordinator, String unitName) {

        /** A line without the unit's name. */
        public UnitRow(String unitCode, LocalDate submittedOn, Boolean onTime, RoleFigures lead,
                RoleFigures coordinator) {
            this(unitCode, submittedOn, onTime, lead, coordinator, null);
        }
    }
}
