package vn.dondoc.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

    @Test
    void rejectsQuarterFive() {
        assertThatThrownBy(() -> ReportingPeriod.of(PeriodType.QUARTER, 2026, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "MONTH, 1, 2026-M01, 2025-12-15, 2026-01-14, Tháng 1/2026",
            "MONTH, 11, 2026-M11, 2026-10-15, 2026-11-14, Tháng 11/2026",
            "QUARTER, 1, 2026-Q1, 2025-12-15, 2026-03-14, Quý I/2026",
            "QUARTER, 4, 2026-Q4, 2026-09-15, 2026-12-14, Quý IV/2026",
            "HALF_YEAR, 2, 2026-H2, 2026-06-15, 2026-12-14, 6 tháng cuối năm 2026",
            "NINE_MONTHS, 1, 2026-9M, 2025-12-15, 2026-09-14, 9 tháng 2026",
            "YEAR, 1, 2026-Y, 2025-12-15, 2026-12-14, Năm 2026"})
    void printsOneKeyAndTheDecreesWindow(PeriodType type, int index, String key, LocalDate start, LocalDate end,
            String label) {
        ReportingPeriod period = ReportingPeriod.of(type, 2026, index);

        assertThat(period.key()).isEqualTo(key);
        assertThat(period.windowStart()).isEqualTo(start);
        assertThat(period.cutOff()).isEqualTo(end);
        assertThat(period.label()).isEqualTo(label);
        assertThat(ReportingPeriod.parse(key)).contains(period);
    }

    @Test
    void readsTheLegacyMonthKeyAndPrintsTheOneFormat() {
        assertThat(ReportingPeriod.parse("2026-M1")).map(ReportingPeriod::key).contains("2026-M01");
        assertThat(ReportingPeriod.parse(" 2026-m09 ")).map(ReportingPeriod::key).contains("2026-M09");
    }

    @Test
    void rejectsKeysThatNameNoPeriod() {
        assertThat(ReportingPeriod.parse("2026-M13")).isEmpty();
        assertThat(ReportingPeriod.parse("2026-Q5")).isEmpty();
        assertThat(ReportingPeriod.parse("2026-Q1-LK")).isEmpty();
        assertThat(ReportingPeriod.parse("O-2026-03-01")).isEmpty();
        assertThat(ReportingPeriod.parse(null)).isEmpty();
    }

    @Test
    void aCumulativeQuarterPastTheFirstStartsOnTheFifteenthOfDecember() {
        ReportingPeriod q3 = new ReportingPeriod(PeriodType.QUARTER, 2026, 3, true);

        assertThat(q3.windowStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(q3.key()).isEqualTo("2026-Q3-LK");
        assertThat(ReportingPeriod.parse("2026-Q3-LK")).contains(q3);
        assertThat(new ReportingPeriod(PeriodType.YEAR, 2026, 1, true)).isEqualTo(ReportingPeriod.of(PeriodType.YEAR,
                2026, 1));
    }

    @Test
    void readsTheLegacySixMonthsNameAsHalfYear() {
        assertThat(PeriodType.named("SIX_MONTHS")).contains(PeriodType.HALF_YEAR);
        assertThat(PeriodType.named("half_year")).contains(PeriodType.HALF_YEAR);
        assertThat(PeriodType.named("WEEK")).isEmpty();
    }
}
