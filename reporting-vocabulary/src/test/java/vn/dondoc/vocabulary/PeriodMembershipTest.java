package vn.dondoc.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodMembershipTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.of(PeriodType.QUARTER, 2026, 1);

    @Test
    void anAssignmentMadeAfterThePeriodsCutOffDoesNotCountThere() {
        assertThat(PeriodMembership.assignedBy(LocalDate.of(2026, 3, 15), Q1.cutOff())).isFalse();
        assertThat(PeriodMembership.assignedBy(LocalDate.of(2026, 3, 14), Q1.cutOff())).isTrue();
        assertThat(PeriodMembership.assignedBy(null, Q1.cutOff())).isTrue();
    }

    @Test
    void anInstanceCountsInItsOwnPeriodOnly() {
        ReportingPeriod q2Cumulative = new ReportingPeriod(PeriodType.QUARTER, 2026, 2, true);

        assertThat(PeriodMembership.instanceMayCount("2026-Q1", Q1)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-Q2", q2Cumulative)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-Q2", Q1)).isFalse();
        assertThat(PeriodMembership.instanceMayCount("2026-Y", Q1)).isFalse();
        assertThat(PeriodMembership.instanceMayCount("2026-M1", ReportingPeriod.of(PeriodType.MONTH, 2026, 1)))
                .isTrue();
    }

    @Test
    void anAssignmentWithoutPeriodKeyMayCountAnywhere() {
        assertThat(PeriodMembership.instanceMayCount(null, Q1)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("O-20260301-1", Q1)).isTrue();
    }
}
