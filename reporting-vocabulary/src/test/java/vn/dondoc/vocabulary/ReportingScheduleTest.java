package vn.dondoc.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingScheduleTest {

    private static final List<PeriodType> BA_SAU_CHIN_VA_NAM =
            List.of(PeriodType.QUARTER, PeriodType.HALF_YEAR, PeriodType.NINE_MONTHS, PeriodType.YEAR);

    @Test
    void threeSixNineMonthsAndYearAreFourCumulativeReports() {
        assertThat(ReportingSchedule.cumulativeByDefault(BA_SAU_CHIN_VA_NAM)).isTrue();

        List<ReportingPeriod> periods = ReportingSchedule.periodsOf(BA_SAU_CHIN_VA_NAM, true, 2026);

        assertThat(periods).map(ReportingPeriod::key).containsExactly("2026-Q1", "2026-H1", "2026-9M", "2026-Y");
        assertThat(periods).map(ReportingPeriod::windowStart).containsOnly(LocalDate.of(2025, 12, 15));
    }

    @Test
    void quartersAndYearAreFiveReportsWithTheirOwnWindows() {
        List<PeriodType> quyNam = List.of(PeriodType.QUARTER, PeriodType.YEAR);

        assertThat(ReportingSchedule.cumulativeByDefault(quyNam)).isFalse();
        assertThat(ReportingSchedule.periodsOf(quyNam, false, 2026)).map(ReportingPeriod::key)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-Y");
    }

    @Test
    void keepsOnlyPeriodsWhoseCutOffFallsInsideTheCoverage() {
        assertThat(ReportingSchedule.within(List.of(PeriodType.QUARTER), false, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 3, 14))).map(ReportingPeriod::key).containsExactly("2025-Q3", "2025-Q4", "2026-Q1");
    }
}
