package vn.dondoc.reporting.evaluation;

import java.math.BigDecimal;

/**
 * One line of a ranking: {@code rank} and {@code score} are {@code null} for a unit without a counted
 * task ("không xếp hạng"); the counts are the unit's lead figures the score was computed from.
 */
public record RankedUnit(Integer rank, String unitCode, String unitName, BigDecimal score, long completedOnTime,
        long completedLate, long openWithinDeadline, long openOverdue, long maxDaysOverdue) {

    static RankedUnit of(Integer rank, EvaluationRule.Unit unit, BigDecimal score) {
        return new RankedUnit(rank, unit.unitCode(), unit.unitName(), score, unit.lead().completedOnTime(),
                unit.lead().completedLate(), unit.lead().openWithinDeadline(), unit.lead().openOverdue(),
                unit.lead().maxDaysOverdue());
    }

    RankedUnit ranked(Integer rank) {
        return new RankedUnit(rank, unitCode, unitName, score, completedOnTime, completedLate, openWithinDeadline,
                openOverdue, maxDaysOverdue);
    }
}
