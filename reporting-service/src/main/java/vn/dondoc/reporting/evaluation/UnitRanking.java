package vn.dondoc.reporting.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * A department's units ranked for a period, from the figures of its department report (each unit's
 * submitted report, else its frozen or current figures), with the formula and what it counts.
 */
public record UnitRanking(String departmentCode, String regime, String periodKey, String periodLabel,
        LocalDate asOf, String formula, String scope, List<RankedUnit> units) {
}
