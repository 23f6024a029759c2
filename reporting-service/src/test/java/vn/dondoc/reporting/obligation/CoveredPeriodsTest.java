package vn.dondoc.reporting.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.vocabulary.Coverage;
import vn.dondoc.vocabulary.ReportingPeriod;

/** report-due is owed only for the periods a unit's plans cover (issue 16, rule b). */
class CoveredPeriodsTest {

    private static final Coverage YEAR_2026 = new Coverage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @Test
    void aPlanOf2026OwesTheReportsOf2026AndNoneOf2025Or2027() {
        ReportReminders.Covered covered = new ReportReminders.Covered(null, List.of(YEAR_2026));

        assertThat(covered.owes(period("2026-Q1"))).isTrue();
        assertThat(covered.owes(period("2026-Y"))).isTrue();
        assertThat(covered.owes(period("2025-Y"))).as("cut-off 14/12/2025, before the plan").isFalse();
        assertThat(covered.owes(period("2027-Q1"))).as("window from 15/12/2026, cut-off 14/03/2027").isFalse();
    }

    @Test
    void anotherPlanUnderTheSameRegimeOrAnUnknownCoverageOwesItsPeriodsToo() {
        ReportReminders.Covered twoPlans = new ReportReminders.Covered(null, List.of(YEAR_2026))
                .and(new ReportReminders.Covered(null, List.of(new Coverage(LocalDate.of(2027, 1, 1), null))));
        ReportReminders.Covered unknown = new ReportReminders.Covered(null, List.of(new Coverage(null, null)));

        assertThat(twoPlans.owes(period("2027-Q1"))).isTrue();
        assertThat(twoPlans.owes(period("2028-Q1"))).as("the second plan ends 31/12/2027").isFalse();
        assertThat(unknown.owes(period("2030-Q2"))).isTrue();
    }

    private static ReportingPeriod period(String key) {
        return ReportingPeriod.parse(key).orElseThrow();
    }
}
