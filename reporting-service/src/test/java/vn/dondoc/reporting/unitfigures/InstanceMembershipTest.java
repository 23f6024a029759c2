package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dondoc.reporting.calendar.PeriodType;
import vn.dondoc.reporting.calendar.ReportingPeriod;

class InstanceMembershipTest {

    private static final ReportingPeriod Q1 = new ReportingPeriod(PeriodType.QUARTER, 2026, 1, false);
    private static final ReportingPeriod Q2_CUMULATIVE = new ReportingPeriod(PeriodType.QUARTER, 2026, 2, true);
    private static final ReportingPeriod MARCH = new ReportingPeriod(PeriodType.MONTH, 2026, 3, false);
    private static final ReportingPeriod YEAR = new ReportingPeriod(PeriodType.YEAR, 2026, 1, true);

    @Test
    void anInstanceCountsInItsOwnPeriodOnly() {
        assertThat(InstanceMembership.counts("2026-Q1", Q1)).isTrue();
        assertThat(InstanceMembership.counts("2026-Q1", YEAR)).isFalse();
        assertThat(InstanceMembership.counts("2026-Y", YEAR)).isTrue();
        assertThat(InstanceMembership.counts("2026-Y", Q1)).isFalse();
        assertThat(InstanceMembership.counts("2025-Q1", Q1)).isFalse();
        // a cumulative view of a quarter is still that quarter's period
        assertThat(InstanceMembership.counts("2026-Q2", Q2_CUMULATIVE)).isTrue();
        assertThat(InstanceMembership.counts("2026-Q1", Q2_CUMULATIVE)).isFalse();
    }

    @Test
    void readsMonthsAsTaskServiceAndReportingWriteThem() {
        assertThat(InstanceMembership.counts("2026-M03", MARCH)).isTrue();
        assertThat(InstanceMembership.counts("2026-M3", MARCH)).isTrue();
        assertThat(InstanceMembership.counts("2026-m3", MARCH)).isTrue();
        assertThat(InstanceMembership.counts("2026-M04", MARCH)).isFalse();
        assertThat(InstanceMembership.counts("2026-H1", new ReportingPeriod(PeriodType.SIX_MONTHS, 2026, 1, true)))
                .isTrue();
        assertThat(InstanceMembership.counts("2026-9M", new ReportingPeriod(PeriodType.NINE_MONTHS, 2026, 1, true)))
                .isTrue();
    }

    @Test
    void anAssignmentThatIsNoPeriodInstanceKeepsTheGeneralRule() {
        assertThat(InstanceMembership.counts(null, Q1)).isTrue();
        assertThat(InstanceMembership.counts("", Q1)).isTrue();
        assertThat(InstanceMembership.counts("O-20260105-1", Q1)).isTrue();
    }
}
