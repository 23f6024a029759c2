package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.vocabulary.GovernmentOfficeColumn;

/** A unit's quarter in the style of domain guide §5: each fact lands in exactly one column. */
class MatrixCountingTest {

    private static final LocalDate Q4_START = LocalDate.of(2026, 9, 15);
    private static final LocalDate Q4_CUT_OFF = LocalDate.of(2026, 12, 14);
    private static final LocalDate AUG_1 = LocalDate.of(2026, 8, 1);

    private final List<AssignmentFacts> lead = List.of(
            open(AssignmentRole.LEAD, "2026-12-31"),
            open(AssignmentRole.LEAD, "2026-12-16"),
            open(AssignmentRole.LEAD, "2026-11-30"),
            open(AssignmentRole.LEAD, "2026-10-01"),
            open(AssignmentRole.LEAD, null),
            new AssignmentFacts(AssignmentRole.LEAD, AUG_1, date("2026-10-15"), date("2026-10-10"), null, null),
            new AssignmentFacts(AssignmentRole.LEAD, AUG_1, date("2026-11-15"), date("2026-11-20"), null, null),
            new AssignmentFacts(AssignmentRole.LEAD, AUG_1, date("2026-09-30"), date("2026-09-01"), null, null),
            new AssignmentFacts(AssignmentRole.LEAD, AUG_1, date("2026-12-31"), null, date("2026-10-05"), null),
            new AssignmentFacts(AssignmentRole.LEAD, AUG_1, null, null, null, "CONTINUOUS"),
            new AssignmentFacts(AssignmentRole.LEAD, AUG_1, null, null, null, "EVENT_DRIVEN"),
            new AssignmentFacts(AssignmentRole.LEAD, date("2026-12-20"), date("2026-12-31"), null, null, null));

    @Test
    void countsTheLeadRowOfAQuarterAtItsCutOff() {
        RoleFigures figures = RoleFigures.count(lead, Q4_START, Q4_CUT_OFF);

        assertThat(figures).isEqualTo(new RoleFigures(1, 1, 2, 1, 2, 74, 1, 1, 1, 1,
                new BigDecimal("50.0"), new BigDecimal("25.0")));
    }

    @Test
    void countsAnOpenTaskWithoutARecognisedTimeframeApartFromContinuousAndNoDeadline() {
        AssignmentFacts unspecified = new AssignmentFacts(AssignmentRole.LEAD, AUG_1, null, null, null, "UNSPECIFIED");
        AssignmentFacts withoutKind = new AssignmentFacts(AssignmentRole.LEAD, AUG_1, null, null, null, null);
        AssignmentFacts continuous = new AssignmentFacts(AssignmentRole.LEAD, AUG_1, null, null, null, "CONTINUOUS");

        RoleFigures figures = RoleFigures.count(List.of(unspecified, withoutKind, continuous), Q4_START, Q4_CUT_OFF);

        assertThat(MatrixCounting.columnOf(unspecified, Q4_START, Q4_CUT_OFF))
                .isEqualTo(GovernmentOfficeColumn.TIMEFRAME_TO_SET);
        assertThat(GovernmentOfficeColumn.TIMEFRAME_TO_SET.label()).isEqualTo("Chưa xác định thời hạn");
        assertThat(figures).isEqualTo(new RoleFigures(0, 0, 0, 0, 0, 0, 1, 0, 1, 0, null, null, 1L));
    }

    @Test
    void countsCoordinatorsInTheirOwnRow() {
        List<AssignmentFacts> coordinator = List.of(open(AssignmentRole.COORDINATOR, "2026-12-01"),
                open(AssignmentRole.COORDINATOR, "2027-03-31"));

        RoleFigures figures = RoleFigures.count(coordinator, Q4_START, Q4_CUT_OFF);

        assertThat(figures).isEqualTo(new RoleFigures(0, 0, 1, 0, 1, 13, 0, 0, 0, 0,
                new BigDecimal("0.0"), new BigDecimal("0.0")));
    }

    @Test
    void carriesAnOpenAssignmentOverFromTheQuarterWhereItWasWithinDeadline() {
        AssignmentFacts dueFirstOctober = open(AssignmentRole.LEAD, "2026-10-01");

        assertThat(MatrixCounting.columnOf(dueFirstOctober, LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 14)))
                .isEqualTo(GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE);
        assertThat(MatrixCounting.columnOf(dueFirstOctober, Q4_START, Q4_CUT_OFF))
                .isEqualTo(GovernmentOfficeColumn.OPEN_OVERDUE);
    }

    @Test
    void leavesRatesEmptyWhenNothingIsCompletedOrOverdue() {
        RoleFigures figures = RoleFigures.count(List.of(open(AssignmentRole.LEAD, "2026-12-31")), Q4_START,
                LocalDate.of(2026, 11, 1));

        assertThat(figures.completionRate()).isNull();
        assertThat(figures.onTimeRate()).isNull();
        assertThat(figures.openWithinDeadline()).isOne();
    }

    @Test
    void judgesAResultAwaitingReviewByItsSubmissionDate() {
        AssignmentFacts submittedInTime = awaitingReview("2026-12-05", "2026-12-03");
        AssignmentFacts submittedLate = awaitingReview("2026-12-01", "2026-12-04");

        assertThat(MatrixCounting.columnOf(submittedInTime, Q4_START, Q4_CUT_OFF))
                .isEqualTo(GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE);
        assertThat(MatrixCounting.isDueSoon(submittedInTime, LocalDate.of(2026, 12, 4))).isFalse();
        assertThat(MatrixCounting.columnOf(submittedLate, Q4_START, Q4_CUT_OFF)).isEqualTo(GovernmentOfficeColumn.OPEN_OVERDUE);
        assertThat(MatrixCounting.daysOverdue(submittedLate, Q4_CUT_OFF)).isEqualTo(3);
    }

    @Test
    void countsACompletionInThePeriodWhereItWasAcceptedAndJudgesItBySubmission() {
        AssignmentFacts acceptedAfterTheQ3CutOff = new AssignmentFacts(AssignmentRole.LEAD, AUG_1,
                date("2026-09-30"), date("2026-09-10"), null, null, date("2026-09-18"), null, null);

        assertThat(MatrixCounting.columnOf(acceptedAfterTheQ3CutOff, LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 9, 14))).isEqualTo(GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE);
        assertThat(MatrixCounting.columnOf(acceptedAfterTheQ3CutOff, Q4_START, Q4_CUT_OFF))
                .isEqualTo(GovernmentOfficeColumn.COMPLETED_ON_TIME);
    }

    @Test
    void doesNotCountARefusedAssignment() {
        AssignmentFacts refused = new AssignmentFacts(AssignmentRole.LEAD, AUG_1, date("2026-10-01"), null, null,
                null, null, null, date("2026-09-20"));

        assertThat(MatrixCounting.columnOf(refused, Q4_START, Q4_CUT_OFF)).isEqualTo(GovernmentOfficeColumn.NOT_COUNTED);
    }

    @Test
    void countsAContinuousTaskOnlyInPeriodsItsPlansCoverageOverlaps() {
        AssignmentFacts continuous = new AssignmentFacts(AssignmentRole.LEAD, AUG_1, null, null, null, "CONTINUOUS");

        assertThat(MatrixCounting.columnOf(continuous.coveredBy(date("2026-01-01"), date("2026-09-15")), Q4_START,
                Q4_CUT_OFF)).as("coverage ends on the window's first day").isEqualTo(GovernmentOfficeColumn.CONTINUOUS);
        assertThat(MatrixCounting.columnOf(continuous.coveredBy(date("2026-01-01"), date("2026-09-14")), Q4_START,
                Q4_CUT_OFF)).as("coverage ended before the window").isEqualTo(GovernmentOfficeColumn.NOT_COUNTED);
        assertThat(MatrixCounting.columnOf(continuous.coveredBy(date("2026-12-01"), null), Q4_START,
                Q4_CUT_OFF)).as("coverage starts inside the window").isEqualTo(GovernmentOfficeColumn.CONTINUOUS);
        assertThat(MatrixCounting.columnOf(continuous.coveredBy(date("2026-12-01"), null), Q4_START,
                date("2026-11-30"))).as("not started yet on the as-of day").isEqualTo(GovernmentOfficeColumn.NOT_COUNTED);
        assertThat(MatrixCounting.columnOf(continuous, Q4_START, Q4_CUT_OFF)).as("coverage not known")
                .isEqualTo(GovernmentOfficeColumn.CONTINUOUS);
    }

    @Test
    void aContinuousTaskOfAPlanWithoutEndDateEndsOnThe31stOfDecemberOfItsStartYear() {
        AssignmentFacts continuous = new AssignmentFacts(AssignmentRole.LEAD, AUG_1, null, null, null, "CONTINUOUS")
                .coveredBy(date("2026-07-01"), null);

        assertThat(MatrixCounting.columnOf(continuous, date("2026-12-15"), date("2027-03-14")))
                .as("Q1/2027 starts 15/12/2026").isEqualTo(GovernmentOfficeColumn.CONTINUOUS);
        assertThat(MatrixCounting.columnOf(continuous, date("2027-03-15"), date("2027-06-14")))
                .as("Q2/2027: the plan ended 31/12/2026").isEqualTo(GovernmentOfficeColumn.NOT_COUNTED);
    }

    @Test
    void doesNotCountAnAssignmentMadeAfterTheCutOffEvenWhenItsPlanBeganEarlier() {
        AssignmentFacts madeOn20March = new AssignmentFacts(AssignmentRole.LEAD, date("2026-03-20"), date("2026-06-30"),
                null, null, "FIXED_DEADLINE").coveredBy(date("2026-01-01"), date("2026-12-31"));
        AssignmentFacts continuousMadeOn20March = new AssignmentFacts(AssignmentRole.LEAD, date("2026-03-20"), null,
                null, null, "CONTINUOUS").coveredBy(date("2026-01-01"), date("2026-12-31"));
        LocalDate q1Start = date("2025-12-15");
        LocalDate q1CutOff = date("2026-03-14");

        assertThat(MatrixCounting.columnOf(madeOn20March, q1Start, q1CutOff)).isEqualTo(GovernmentOfficeColumn.NOT_COUNTED);
        assertThat(MatrixCounting.columnOf(continuousMadeOn20March, q1Start, q1CutOff))
                .isEqualTo(GovernmentOfficeColumn.NOT_COUNTED);
        assertThat(MatrixCounting.columnOf(madeOn20March, date("2026-03-15"), date("2026-06-14")))
                .isEqualTo(GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE);
    }

    @Test
    void neverCountsPastTheCutOff() {
        assertThat(MatrixCounting.effectiveAsOf(LocalDate.of(2027, 1, 10), Q4_CUT_OFF)).isEqualTo(Q4_CUT_OFF);
        assertThat(MatrixCounting.effectiveAsOf(LocalDate.of(2026, 12, 1), Q4_CUT_OFF))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    private static AssignmentFacts open(AssignmentRole role, String due) {
        return new AssignmentFacts(role, AUG_1, due == null ? null : date(due), null, null, null);
    }

    private static AssignmentFacts awaitingReview(String due, String submitted) {
        return new AssignmentFacts(AssignmentRole.LEAD, AUG_1, date(due), null, null, null, null, date(submitted),
                null);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
