package vn.dondoc.task.status;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.task.assignment.AnAssignment.lead;
import static vn.dondoc.task.assignment.AnAssignment.on;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dondoc.task.assignment.AnAssignment;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentCommand.ReviewResult;
import vn.dondoc.task.assignment.AssignmentCommand.SubmitResult;
import vn.dondoc.task.assignment.AssignmentCommand.Withdraw;
import vn.dondoc.task.assignment.Deadline;
import vn.dondoc.task.assignment.Origin;
import vn.dondoc.vocabulary.ReportingPeriod;

class PeriodMembershipTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);
    static final ReportingPeriod Q1 = period("2026-Q1");
    static final ReportingPeriod Q2 = period("2026-Q2");
    static final ReportingPeriod Q3 = period("2026-Q3");

    @Test
    void anAssignmentMadeAfterThePeriodsCutOffDoesNotBelongToItEvenWhenItsPlanBeganEarlier() {
        Assignment late = AnAssignment.ofTaskDue(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 3, 20)).get(0);
        Assignment onTheCutOff = AnAssignment.ofTaskDue(LocalDate.of(2026, 5, 31), Q1.cutOff()).get(0);

        assertThat(PeriodMembership.belongs(late, Q1, START, END)).as("assigned 20/03, Q1 cut-off 14/03").isFalse();
        assertThat(PeriodMembership.belongs(late, Q2, START, END)).isTrue();
        assertThat(PeriodMembership.belongs(onTheCutOff, Q1, START, END)).isTrue();
    }

    @Test
    void anOpenAssignmentCountsFromTheFirstPeriodOfItsPlanAndCarriesOverPastItsDeadline() {
        Assignment open = lead(LocalDate.of(2026, 5, 31));

        assertThat(PeriodMembership.belongs(open, period("2025-Q4"), START, END)).isFalse();
        assertThat(PeriodMembership.belongs(open, Q1, START, END)).isTrue();
        assertThat(PeriodMembership.belongs(open, Q3, START, END)).as("overdue, carried over").isTrue();
        assertThat(PeriodMembership.belongs(open, period("2027-Q1"), START, END)).isTrue();
    }

    @Test
    void aCompletedAssignmentCountsInThePeriodItWasCompletedInOnly() {
        Assignment submitted = on(lead(LocalDate.of(2026, 5, 31)), LocalDate.of(2026, 4, 20),
                new SubmitResult("Đã hoàn thành"));
        Assignment completed = on(submitted, LocalDate.of(2026, 4, 22), new ReviewResult(true, null));

        assertThat(PeriodMembership.belongs(completed, Q1, START, END)).as("open at 14/03").isTrue();
        assertThat(PeriodMembership.belongs(completed, Q2, START, END)).as("completed 20/04").isTrue();
        assertThat(PeriodMembership.belongs(completed, Q3, START, END)).isFalse();
    }

    @Test
    void aResultCountsAsCompletedInThePeriodThatHoldsItsAcceptanceNotItsSubmission() {
        Assignment submitted = on(lead(LocalDate.of(2026, 5, 31)), LocalDate.of(2026, 3, 10),
                new SubmitResult("Đã hoàn thành"));
        Assignment accepted = on(submitted, LocalDate.of(2026, 3, 20), new ReviewResult(true, null));

        assertThat(PeriodMembership.belongs(accepted, Q1, START, END)).as("awaiting review at 14/03").isTrue();
        assertThat(PeriodMembership.belongs(accepted, Q2, START, END)).as("accepted 20/03").isTrue();
        assertThat(PeriodMembership.belongs(accepted, Q3, START, END)).isFalse();
    }

    @Test
    void aWithdrawnAssignmentCountsOpenUntilItsWithdrawalThenApartInTheWindowThatHoldsItThenNoMore() {
        Assignment withdrawn = on(lead(LocalDate.of(2026, 5, 31)), LocalDate.of(2026, 4, 2),
                new Withdraw("Không còn phù hợp"));

        assertThat(PeriodMembership.belongs(withdrawn, Q1, START, END)).as("open at 14/03").isTrue();
        assertThat(PeriodMembership.belongs(withdrawn, Q2, START, END)).as("withdrawn 02/04").isTrue();
        assertThat(PeriodMembership.belongs(withdrawn, Q3, START, END)).isFalse();
    }

    @Test
    void aContinuousTaskOfAPlanWithoutEndDateEndsOnThe31stOfDecemberOfItsStartYearAsReportingCountsIt() {
        Assignment continuous = AnAssignment.continuousLead();

        assertThat(PeriodMembership.belongs(continuous, period("2027-Q1"), START, null)).isTrue();
        assertThat(PeriodMembership.belongs(continuous, period("2027-Q2"), START, null)).isFalse();
    }

    @Test
    void anOpenAssignmentWithoutDeadlineThatIsNotContinuousCarriesOverPastTheCoverage() {
        Assignment noDeadline = lead(null);

        assertThat(PeriodMembership.belongs(noDeadline, period("2027-Q2"), START, END)).isTrue();
    }

    @Test
    void aCompletedContinuousAssignmentCountsOnlyInThePeriodThatHoldsItsAcceptance() {
        Assignment submitted = on(AnAssignment.continuousLead(), LocalDate.of(2026, 4, 20),
                new SubmitResult("Đã hoàn thành"));
        Assignment completed = on(submitted, LocalDate.of(2026, 4, 22), new ReviewResult(true, null));

        assertThat(PeriodMembership.belongs(completed, Q2, START, END)).isTrue();
        assertThat(PeriodMembership.belongs(completed, Q3, START, END)).as("coverage still overlaps").isFalse();
    }

    @Test
    void aContinuousAssignmentCountsWhileThePlansCoverageOverlapsTheWindow() {
        Assignment continuous = AnAssignment.continuousLead();

        assertThat(PeriodMembership.belongs(continuous, Q3, START, LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(PeriodMembership.belongs(continuous, period("2026-Q4"), START,
                LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(PeriodMembership.belongs(continuous, period("2027-Q1"), START, null))
                .as("no coverage end: to 31/12 of its start").isTrue();
        assertThat(PeriodMembership.belongs(continuous, period("2027-Q2"), START, null)).isFalse();
    }

    @Test
    void anInstanceOfARecurringTaskBelongsToItsOwnPeriodOnly() {
        Assignment whole = lead(null);
        Origin origin = whole.origin();
        Assignment q3 = new Assignment(whole.id() + ":2026-Q3", new Origin(origin.planId(), origin.planNumber(),
                origin.departmentCode(), origin.taskId(), origin.unitCode(), origin.assignedAt(), "RECURRING", "2026-Q3",
                "Quý III/2026"), whole.terms(), whole.work(), Deadline.of(Q3.cutOff()), whole.history(),
                whole.pendingEvents(), null);

        assertThat(PeriodMembership.belongs(q3, Q3, START, END)).isTrue();
        assertThat(PeriodMembership.belongs(q3, Q2, START, END)).isFalse();
        assertThat(PeriodMembership.belongs(q3, period("2026-Y"), START, END)).isFalse();
    }

    private static ReportingPeriod period(String key) {
        return ReportingPeriod.parse(key).orElseThrow();
    }
}
