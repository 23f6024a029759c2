package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;

/**
 * A unit's matrix for one period at an as-of date, lead and coordinator apart, with the rate formulas.
 *
 * @param frozenOn the day the figures were frozen after the cut-off, {@code null} when computed now
 */
public record PeriodFigures(String unitCode, String regime, String periodKey, String periodLabel,
        LocalDate windowStart, LocalDate windowEnd, LocalDate asOf, RoleFigures lead,
        RoleFigures coordinator, String completionRateFormula, String onTimeRateFormula,
        LocalDate frozenOn) {

    PeriodFigures frozen(LocalDate on) {
        return new PeriodFigures(unitCode, regime, periodKey, periodLabel, windowStart, windowEnd, asOf, lead,
                coordinator, completionRateFormula, onTimeRateFormula, on);
    }
}
