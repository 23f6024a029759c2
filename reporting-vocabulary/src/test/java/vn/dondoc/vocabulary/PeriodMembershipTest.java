package vn.dondoc.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodMembershipTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.of(PeriodType.QUARTER, 2026, 1);
    private static final ReportingPeriod Q2_CUMULATIVE = new ReportingPeriod(PeriodType.QUARTER, 2026, 2, true);
    private static final ReportingPeriod MARCH = ReportingPeriod.of(PeriodType.MONTH, 2026, 3);
    private static final ReportingPeriod YEAR = ReportingPeriod.of(PeriodType.YEAR, 2026, 1);

    @Test
    void anAssignmentMadeAfterThePeriodsCutOffDoesNotCountThere() {
        assertThat(PeriodMembership.assignedBy(LocalDate.of(2026, 3, 15), Q1.cutOff())).isFalse();
        assertThat(PeriodMembership.assignedBy(LocalDate.of(2026, 3, 14), Q1.cutOff())).isTrue();
        assertThat(PeriodMembership.assignedBy(null, Q1.cutOff())).isTrue();
    }

    @Test
    void anInstanceCountsInItsOwnPeriodOnly() {
        assertThat(PeriodMembership.instanceMayCount("2026-Q1", Q1)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-Q1", YEAR)).isFalse();
        assertThat(PeriodMembership.instanceMayCount("2026-Y", YEAR)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-Y", Q1)).isFalse();
        assertThat(PeriodMembership.instanceMayCount("2025-Q1", Q1)).isFalse();
        // a cumulative view of a quarter is still that quarter's period
        assertThat(PeriodMembership.instanceMayCount("2026-Q2", Q2_CUMULATIVE)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-Q1", Q2_CUMULATIVE)).isFalse();
    }

    @Test
    void readsMonthsAsTaskServiceAndReportingWriteThem() {
        assertThat(PeriodMembership.instanceMayCount("2026-M03", MARCH)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-M3", MARCH)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-m3", MARCH)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-M04", MARCH)).isFalse();
        assertThat(PeriodMembership.instanceMayCount("2026-H1", new ReportingPeriod(PeriodType.HALF_YEAR, 2026, 1, true)))
                .isTrue();
        assertThat(PeriodMembership.instanceMayCount("2026-9M", new ReportingPeriod(PeriodType.NINE_MONTHS, 2026, 1, true)))
                .isTrue();
    }

    @Test
    void anAssignmentThatIsNoPeriodInstanceKeepsTheGeneralRule() {
        assertThat(PeriodMembership.instanceMayCount(null, Q1)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("", Q1)).isTrue();
        assertThat(PeriodMembership.instanceMayCount("O-20260105-1", Q1)).isTrue();
    }

    @Test
    void aResultSubmitted10MarchAndAccepted20MarchIsOpenInQ1AndCompletedOnTimeInQ2() {
        LocalDate submitted = LocalDate.of(2026, 3, 10);
        LocalDate accepted = LocalDate.of(2026, 3, 20);
        ReportingPeriod q2 = ReportingPeriod.of(PeriodType.QUARTER, 2026, 2);

        assertThat(PeriodMembership.completedWithin(accepted, Q1.windowStart(), Q1.cutOff())).isFalse();
        assertThat(PeriodMembership.completedWithin(accepted, q2.windowStart(), q2.cutOff())).isTrue();
        assertThat(PeriodMembership.completedWithin(accepted, q2.windowStart(), LocalDate.of(2026, 3, 19)))
                .as("as of the day before the acceptance").isFalse();
        assertThat(PeriodMembership.completedOnTime(submitted, LocalDate.of(2026, 3, 15)))
                .as("due 15/03: on time by its submission though accepted later").isTrue();
        assertThat(PeriodMembership.completedOnTime(accepted, LocalDate.of(2026, 3, 15))).isFalse();
    }
}
