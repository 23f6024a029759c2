package vn.dondoc.task.status;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.task.assignment.AnAssignment.lead;
import static vn.dondoc.task.assignment.AnAssignment.on;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dondoc.task.assignment.AnAssignment;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentCommand.DecideExtension;
import vn.dondoc.task.assignment.AssignmentCommand.RequestExtension;
import vn.dondoc.task.assignment.AssignmentCommand.ReviewResult;
import vn.dondoc.task.assignment.AssignmentCommand.SubmitResult;
import vn.dondoc.task.assignment.AssignmentCommand.Withdraw;
import vn.dondoc.task.assignment.Deadline;
import vn.dondoc.task.assignment.Work;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.Timeliness;

class AssignmentStatusPolicyTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @Test
    void isWithinDeadlineMoreThanThreeDaysBefore() {
        DerivedStatus status = AssignmentStatusPolicy.derive(lead(DUE), LocalDate.of(2026, 3, 27));

        assertThat(status.progress()).isEqualTo(AssignmentStatus.NOT_STARTED);
        assertThat(status.timeliness()).isEqualTo(Timeliness.WITHIN_DEADLINE);
        assertThat(status.daysLeft()).isEqualTo(4);
        assertThat(status.timeliness()).isEqualTo(Timeliness.WITHIN_DEADLINE);
    }

    @Test
    void isDueSoonFromThreeDaysBeforeUpToTheDueDayItself() {
        assertThat(AssignmentStatusPolicy.derive(lead(DUE), LocalDate.of(2026, 3, 28)))
                .extracting(DerivedStatus::timeliness, DerivedStatus::daysLeft, DerivedStatus::daysOverdue)
                .containsExactly(Timeliness.DUE_SOON, 3L, 0L);
        assertThat(AssignmentStatusPolicy.derive(lead(DUE), DUE))
                .extracting(DerivedStatus::timeliness, DerivedStatus::daysLeft, DerivedStatus::daysOverdue)
                .containsExactly(Timeliness.DUE_SOON, 0L, 0L);
    }

    @Test
    void isOverdueFromTheDayAfterTheDueDateWithTheDaysCounted() {
        assertThat(AssignmentStatusPolicy.derive(lead(DUE), LocalDate.of(2026, 4, 1)))
                .extracting(DerivedStatus::timeliness, DerivedStatus::daysOverdue, DerivedStatus::daysLeft)
                .containsExactly(Timeliness.OVERDUE, 1L, null);
        assertThat(AssignmentStatusPolicy.derive(lead(DUE), LocalDate.of(2026, 4, 30)).daysOverdue())
                .isEqualTo(30);
    }

    @Test
    void isNotCountedBeforeItWasAssigned() {
        assertThat(AssignmentStatusPolicy.derive(lead(DUE), LocalDate.of(2026, 1, 9)).timeliness())
                .isEqualTo(Timeliness.NOT_APPLICABLE);
    }

    @Test
    void aTaskWithoutDeadlineIsNeverOverdue() {
        DerivedStatus status = AssignmentStatusPolicy.derive(lead(null), LocalDate.of(2027, 1, 1));

        assertThat(status.timeliness()).isEqualTo(Timeliness.NO_DEADLINE);
        assertThat(status.timeliness().label()).isEqualTo("không có hạn");
    }

    @Test
    void aTaskWithoutARecognisedTimeframeAwaitsOneFromTheOfficeNeitherContinuousNorWithoutDeadline() {
        DerivedStatus status = AssignmentStatusPolicy.derive(AnAssignment.unspecifiedLead(), LocalDate.of(2027, 1, 1));

        assertThat(status.timeliness()).isEqualTo(Timeliness.TIMEFRAME_TO_SET);
        assertThat(status.timeliness().label()).isEqualTo("chưa xác định thời hạn");
        assertThat(status.daysOverdue()).isZero();
    }

    @Test
    void aResultSubmittedOnTheDueDayAndAcceptedLaterIsCompletedOnTime() {
        Assignment submitted = on(lead(DUE), DUE, new SubmitResult("Đã rà soát 120 thủ tục"));
        Assignment accepted = on(submitted, LocalDate.of(2026, 4, 6), new ReviewResult(true, null));

        assertThat(AssignmentStatusPolicy.derive(accepted, LocalDate.of(2026, 4, 3)))
                .extracting(DerivedStatus::progress, DerivedStatus::timeliness, DerivedStatus::daysOverdue)
                .containsExactly(AssignmentStatus.SUBMITTED, Timeliness.WITHIN_DEADLINE, 0L);
        assertThat(AssignmentStatusPolicy.derive(accepted, LocalDate.of(2026, 4, 6)))
                .extracting(DerivedStatus::progress, DerivedStatus::timeliness)
                .containsExactly(AssignmentStatus.COMPLETED, Timeliness.WITHIN_DEADLINE);
        assertThat(accepted.work().completedOn()).isEqualTo(DUE);
    }

    @Test
    void aResultSubmittedAfterTheDueDateIsCompletedLateByItsSubmissionDate() {
        Assignment submitted = on(lead(DUE), LocalDate.of(2026, 4, 2), new SubmitResult("Xong"));
        Assignment accepted = on(submitted, LocalDate.of(2026, 4, 20), new ReviewResult(true, null));

        assertThat(AssignmentStatusPolicy.derive(accepted, LocalDate.of(2026, 5, 1)))
                .extracting(DerivedStatus::progress, DerivedStatus::timeliness, DerivedStatus::daysOverdue)
                .containsExactly(AssignmentStatus.COMPLETED, Timeliness.OVERDUE, 2L);
    }

    @Test
    void aReturnedResultClearsCompletionAndTheAssignmentIsOverdueAgain() {
        Assignment submitted = on(lead(DUE), LocalDate.of(2026, 3, 30), new SubmitResult("Xong"));
        Assignment returned = on(submitted, LocalDate.of(2026, 4, 3),
                new ReviewResult(false, "Thiếu số liệu quý I"));

        assertThat(returned.work().submittedOn()).isNull();
        assertThat(returned.work().completedOn()).isNull();
        assertThat(AssignmentStatusPolicy.derive(returned, LocalDate.of(2026, 4, 2)))
                .extracting(DerivedStatus::progress, DerivedStatus::timeliness)
                .containsExactly(AssignmentStatus.SUBMITTED, Timeliness.WITHIN_DEADLINE);
        assertThat(AssignmentStatusPolicy.derive(returned, LocalDate.of(2026, 4, 3)))
                .extracting(DerivedStatus::progress, DerivedStatus::timeliness, DerivedStatus::daysOverdue)
                .containsExactly(AssignmentStatus.RETURNED, Timeliness.OVERDUE, 3L);
    }

    @Test
    void anApprovedExtensionCountsFromTheDayOfApprovalAndKeepsTheOriginalDueDate() {
        LocalDate extended = LocalDate.of(2026, 4, 30);
        Assignment requested = on(lead(DUE), LocalDate.of(2026, 3, 30),
                new RequestExtension(extended, "Chờ số liệu của Sở Tài chính"));
        Assignment approved = on(requested, LocalDate.of(2026, 4, 2), new DecideExtension(true, null));

        assertThat(approved.deadline().originalDueDate()).isEqualTo(DUE);
        assertThat(approved.deadline().dueDate()).isEqualTo(extended);
        assertThat(AssignmentStatusPolicy.derive(approved, LocalDate.of(2026, 4, 1)))
                .extracting(DerivedStatus::dueDate, DerivedStatus::timeliness, DerivedStatus::daysOverdue)
                .containsExactly(DUE, Timeliness.OVERDUE, 1L);
        assertThat(AssignmentStatusPolicy.derive(approved, LocalDate.of(2026, 4, 2)))
                .extracting(DerivedStatus::dueDate, DerivedStatus::timeliness, DerivedStatus::daysOverdue)
                .containsExactly(extended, Timeliness.WITHIN_DEADLINE, 0L);
        assertThat(AssignmentStatusPolicy.derive(approved, LocalDate.of(2026, 5, 1)).daysOverdue())
                .isEqualTo(1);
    }

    @Test
    void aRejectedExtensionLeavesTheDueDate() {
        Assignment requested = on(lead(DUE), LocalDate.of(2026, 3, 30),
                new RequestExtension(LocalDate.of(2026, 4, 30), "Chờ số liệu"));
        Assignment rejected = on(requested, LocalDate.of(2026, 3, 31), new DecideExtension(false, "Không"));

        assertThat(AssignmentStatusPolicy.derive(rejected, LocalDate.of(2026, 4, 1)))
                .extracting(DerivedStatus::dueDate, DerivedStatus::daysOverdue)
                .containsExactly(DUE, 1L);
    }

    @Test
    void aWithdrawnAssignmentIsNotCountedFromTheDayOfWithdrawal() {
        Assignment withdrawn = on(lead(DUE), LocalDate.of(2026, 4, 10), new Withdraw("Trùng nhiệm vụ"));

        assertThat(AssignmentStatusPolicy.derive(withdrawn, LocalDate.of(2026, 4, 9)).timeliness())
                .isEqualTo(Timeliness.OVERDUE);
        assertThat(AssignmentStatusPolicy.derive(withdrawn, LocalDate.of(2026, 4, 10)))
                .extracting(DerivedStatus::progress, DerivedStatus::timeliness, DerivedStatus::daysOverdue)
                .containsExactly(AssignmentStatus.WITHDRAWN, Timeliness.NOT_APPLICABLE, 0L);
    }

    @Test
    void anAssignmentStoredBeforeHistoriesWereKeptIsJudgedByItsCurrentState() {
        Assignment a = lead(DUE);
        Assignment legacy = new Assignment(a.id(), a.origin(), a.terms(), new Work(null, 0, null, null, null),
                new Deadline(null, DUE, 0, null, null, null), null, null, 0L);

        assertThat(AssignmentStatusPolicy.derive(legacy, LocalDate.of(2026, 4, 2)))
                .extracting(DerivedStatus::progress, DerivedStatus::daysOverdue, DerivedStatus::timeliness)
                .containsExactly(AssignmentStatus.NOT_STARTED, 2L, Timeliness.OVERDUE);
    }
}
