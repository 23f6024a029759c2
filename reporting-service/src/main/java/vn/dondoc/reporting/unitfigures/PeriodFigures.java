package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;

/** A unit's matrix for one period at an as-of date, lead and coordinator apart, with the rate formulas. */
public record PeriodFigures(String unitCode, String regime, String periodKey, String periodLabel,
        LocalDate windowStart, LocalDate windowEnd, LocalDate asOf, RoleFigures lead,
        RoleFigures coordinator, String completionRateFormula, String onTimeRateFormula) {
}
