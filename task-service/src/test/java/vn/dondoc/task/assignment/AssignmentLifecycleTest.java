package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.task.assignment.AnAssignment.coordinator;
import static vn.dondoc.task.assignment.AnAssignment.lead;
import static vn.dondoc.task.assignment.AnAssignment.on;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.task.assignment.AssignmentCommand.Acknowledge;
import vn.dondoc.task.assignment.AssignmentCommand.AddNote;
import vn.dondoc.task.assignment.AssignmentCommand.ChangeAssignment;
import vn.dondoc.task.assignment.AssignmentCommand.DecideExtension;
import vn.dondoc.task.assignment.AssignmentCommand.Refuse;
import vn.dondoc.task.assignment.AssignmentCommand.ReportProgress;
import vn.dondoc.task.assignment.AssignmentCommand.RequestExtension;
import vn.dondoc.task.assignment.AssignmentCommand.SubmitResult;
import vn.dondoc.task.assignment.AssignmentCommand.Withdraw;
import vn.dondoc.task.status.AssignmentStatusPolicy;
import vn.dondoc.vocabulary.AssignmentStatus;

class AssignmentLifecycleTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    @Test
    void acknowledgingStartsTheWorkWithAHistoryLineAndItsEvent() {
        Assignment acknowledged = on(lead(DUE), DAY, new Acknowledge());

        assertThat(acknowledged.work().status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(acknowledged.history()).hasSize(2);
        assertThat(acknowledged.history().get(1))
                .extracting(HistoryEntry::actor, HistoryEntry::action, HistoryEntry::on)
                .containsExactly("tester", "Acknowledge", DAY);
        assertThat(acknowledged.pendingEvents()).last()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo(EventTypes.TASK_ACKNOWLEDGED);
                    assertThat(event.key()).isEqualTo("SKHCN.VP");
                    assertThat(event.eventId()).isEqualTo(acknowledged.history().get(1).eventId());
                });
    }

    @Test
    void rejectsProgressOfMoreThanOneHundredPercent() {
        assertThatThrownBy(() -> on(lead(DUE), DAY, new ReportProgress(140, null)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("Tiến độ phải từ 0 đến 100 %, nhận được 140 %");
    }

    @Test
    void cannotSubmitAWithdrawnAssignmentAndSaysItIsWithdrawn() {
        Assignment withdrawn = on(lead(DUE), DAY, new Withdraw(null));

        assertThatThrownBy(() -> on(withdrawn, DAY, new SubmitResult("Xong")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Không thể gửi kết quả: phân công đang ở trạng thái «thu hồi»");
    }

    @Test
    void refusesAThirdExtensionAndKeepsTheOriginalDueDate() {
        Assignment once = approvedExtension(lead(DUE), LocalDate.of(2026, 4, 30));
        Assignment twice = approvedExtension(once, LocalDate.of(2026, 5, 31));

        assertThat(twice.deadline().approvedExtensions()).isEqualTo(2);
        assertThat(twice.deadline().originalDueDate()).isEqualTo(DUE);
        assertThat(twice.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThatThrownBy(() -> on(twice, DAY,
                new RequestExtension(LocalDate.of(2026, 6, 30), "Lần ba")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("đã được gia hạn 2 lần");
    }

    @Test
    void anExtensionMustMoveTheDeadlineLater() {
        assertThatThrownBy(() -> on(lead(DUE), DAY, new RequestExtension(DUE, "Không đổi")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("Hạn đề nghị phải sau hạn hiện tại 31/03/2026");
    }

    @Test
    void aCoordinatorAddsNotesButCannotSubmitTheLeadsResult() {
        Assignment noted = on(coordinator(DUE), DAY, new AddNote("Đã gửi danh mục thủ tục"));

        assertThat(noted.work().status()).isEqualTo(AssignmentStatus.NOT_STARTED);
        assertThat(noted.pendingEvents()).last()
                .extracting(event -> event.type()).isEqualTo(EventTypes.TASK_NOTE_ADDED);
        assertThatThrownBy(() -> on(coordinator(DUE), DAY, new SubmitResult("Xong")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("đơn vị phối hợp chỉ thêm ghi chú");
    }

    @Test
    void cannotRefuseAfterSubmitting() {
        Assignment submitted = on(lead(DUE), DAY, new SubmitResult("Xong"));

        assertThatThrownBy(() -> on(submitted, DAY, new Refuse("Không thuộc chức năng")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Không thể từ chối: phân công đang ở trạng thái «chờ xác nhận»");
    }

    @Test
    void cannotDecideWithoutARequest() {
        assertThatThrownBy(() -> on(lead(DUE), DAY, new DecideExtension(true, null)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("không có đề nghị gia hạn nào chờ quyết định");
    }

    @Test
    void aLeadMadeCoordinatorByAnAmendmentLeavesTheLeadsFlowAndItsExtensionBehind() {
        Assignment extended = approvedExtension(lead(DUE), LocalDate.of(2026, 4, 30));
        Assignment submitted = on(on(extended, DAY, new RequestExtension(LocalDate.of(2026, 5, 31), "Thêm")),
                DAY, new SubmitResult("Xong"));

        Assignment demoted = on(submitted, DAY, new ChangeAssignment(new TaskTerms(AssignmentRole.COORDINATOR, "1",
                "Rà soát thủ tục hành chính", List.of("SKHCN.CDS")), 2, null));

        assertThat(demoted).extracting((Assignment a) -> a.terms().role(), (Assignment a) -> a.work().status(), (Assignment a) -> a.deadline().dueDate(),
                (Assignment a) -> a.deadline().approvedExtensions(), (Assignment a) -> a.deadline().pendingExtension(), (Assignment a) -> a.work().submittedOn(),
                (Assignment a) -> a.work().progressPercent()).containsExactly(AssignmentRole.COORDINATOR,
                AssignmentStatus.NOT_STARTED, DUE, 0, null, null, 0);
        assertThat(demoted.pendingEvents()).last().extracting(event -> event.type())
                .isEqualTo(EventTypes.TASK_ASSIGNMENT_CHANGED);
        assertThat(AssignmentStatusPolicy.derive(demoted, DAY).progress()).isEqualTo(AssignmentStatus.NOT_STARTED);
    }

    @Test
    void aContentChangeKeepsTheLeadsProgressAndAClosedAssignmentIsNotChanged() {
        Assignment working = on(lead(DUE), DAY, new ReportProgress(30, null));
        ChangeAssignment newContent = new ChangeAssignment(new TaskTerms(AssignmentRole.LEAD, "1", "Nội dung mới",
                List.of("SKHCN.VP")), 2, null);

        Assignment changed = on(working, DAY, newContent);

        assertThat(changed).extracting((Assignment a) -> a.work().status(), (Assignment a) -> a.work().progressPercent(), (Assignment a) -> a.terms().taskContent())
                .containsExactly(AssignmentStatus.IN_PROGRESS, 30, "Nội dung mới");
        assertThat(changed.history()).last().extracting(HistoryEntry::detail)
                .isEqualTo("Kế hoạch sửa đổi (phiên bản 2): nội dung «Rà soát thủ tục hành chính» → «Nội dung mới»");
        assertThatThrownBy(() -> on(on(lead(DUE), DAY, new Withdraw(null)), DAY, newContent))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private static Assignment approvedExtension(Assignment assignment, LocalDate to) {
        Assignment requested = on(assignment, DAY, new RequestExtension(to, "Chờ số liệu"));
        return on(requested, DAY, new DecideExtension(true, null));
    }
}
