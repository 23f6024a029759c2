package vn.dondoc.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.dondoc.reporting.unitfigures.RoleFigures;

/** The score of a unit from its lead figures, and the ranking of a department's units. */
class EvaluationRuleTest {

    static final EvaluationRule EXAMPLE = new EvaluationSettings(new BigDecimal("10"), new BigDecimal("5"),
            BigDecimal.ZERO, new BigDecimal("-5"), new BigDecimal("-0.5"), BigDecimal.ZERO).rule();

    @Test
    void scoresTheLeadFiguresWithTheWeightsAndTheLargestDelay() {
        // 2 on time, 1 late, 1 open within deadline, 2 overdue, the longer one by 3 days: 20 + 5 − 10 − 1,5
        assertThat(EXAMPLE.score(lead(2, 1, 1, 2, 3))).contains(new BigDecimal("13.5"));
        assertThat(EXAMPLE.score(lead(0, 0, 1, 0, 0))).contains(BigDecimal.ZERO);
    }

    @Test
    void aUnitWithoutACountedTaskHasNoScore() {
        RoleFigures onlyContinuousAndNoDeadline = new RoleFigures(0, 0, 0, 0, 0, 0, 3, 1, 2, 1, null, null);

        assertThat(EXAMPLE.score(onlyContinuousAndNoDeadline)).isEmpty();
        assertThat(EXAMPLE.rank(List.of(new EvaluationRule.Unit("S.A", "Phòng A", onlyContinuousAndNoDeadline))))
                .singleElement().satisfies(row -> {
                    assertThat(row.rank()).isNull();
                    assertThat(row.score()).isNull();
                });
    }

    @Test
    void equalScoresShareARankAndAreOrderedByNameTheUnscoredLast() {
        List<RankedUnit> ranking = EXAMPLE.rank(List.of(
                new EvaluationRule.Unit("S.VP", "Văn phòng Sở", lead(1, 0, 0, 0, 0)),
                new EvaluationRule.Unit("S.CDS", "Phòng Chuyển đổi số", lead(2, 0, 0, 0, 0)),
                new EvaluationRule.Unit("S.TC", "Phòng Tổ chức", lead(0, 0, 0, 0, 0)),
                new EvaluationRule.Unit("S.DL", "Đội Lưu trữ", lead(0, 2, 0, 0, 0)),
                new EvaluationRule.Unit("S.KH", "Phòng Kế hoạch", lead(1, 1, 0, 1, 4))));

        assertThat(ranking).extracting(RankedUnit::rank, RankedUnit::unitName, RankedUnit::score).containsExactly(
                tuple(1, "Phòng Chuyển đổi số", new BigDecimal("20")),
                tuple(2, "Đội Lưu trữ", new BigDecimal("10")),
                tuple(2, "Văn phòng Sở", new BigDecimal("10")),
                tuple(4, "Phòng Kế hoạch", new BigDecimal("8")),
                tuple(null, "Phòng Tổ chức", null));
    }

    @Test
    void aWeightForOpenTasksNotTakenOnCountsThemAndIsPrintedInTheFormula() {
        EvaluationRule strict = new EvaluationSettings(new BigDecimal("10"), new BigDecimal("5"), BigDecimal.ZERO,
                new BigDecimal("-5"), new BigDecimal("-0.5"), new BigDecimal("-2")).rule();
        // 1 on time; 2 open within deadline, 1 overdue by 4 days; of the 3 open, 2 not taken on: 10 − 5 − 2 − 4
        RoleFigures lead = new RoleFigures(1, 0, 2, 0, 1, 4, 0, 0, 0, 0, null, null, 0L, 2L);

        assertThat(strict.score(lead)).contains(new BigDecimal("-1"));
        assertThat(EXAMPLE.score(lead)).as("weight 0: not counted").contains(new BigDecimal("3"));
        assertThat(strict.formula()).endsWith(" − 0,5 × số ngày quá hạn tối đa − 2 × chưa tiếp nhận");
    }

    @Test
    void statesTheFormulaInVietnameseWithADecimalComma() {
        assertThat(EXAMPLE.formula()).isEqualTo("Điểm = 10 × hoàn thành đúng hạn + 5 × hoàn thành quá hạn"
                + " − 5 × đang thực hiện quá hạn − 0,5 × số ngày quá hạn tối đa");
    }

    @Test
    void takesItsWeightsFromConfigurationAndTheExampleWhereNoneIsGiven() {
        EvaluationRule configured = new Binder(new MapConfigurationPropertySource(Map.of(
                "reporting.evaluation.completed-on-time", "8", "reporting.evaluation.open-within-deadline", "1",
                "reporting.evaluation.max-days-overdue", "-1.25")))
                .bindOrCreate("reporting.evaluation", EvaluationSettings.class).rule();
        EvaluationRule unset = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("reporting.evaluation", EvaluationSettings.class).rule();

        assertThat(configured.score(lead(1, 1, 1, 1, 2))).contains(new BigDecimal("6.5"));
        assertThat(configured.formula()).isEqualTo("Điểm = 8 × hoàn thành đúng hạn + 5 × hoàn thành quá hạn"
                + " + 1 × đang thực hiện trong hạn − 5 × đang thực hiện quá hạn − 1,25 × số ngày quá hạn tối đa");
        assertThat(unset).isEqualTo(EXAMPLE);
    }

    static RoleFigures lead(long onTime, long late, long openWithin, long overdue, long maxDaysOverdue) {
        return new RoleFigures(onTime, late, openWithin, 0, overdue, maxDaysOverdue, 0, 0, 0, 0, null, null);
    }
}
