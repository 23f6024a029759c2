package vn.dondoc.task.assignment;

import static vn.dondoc.vocabulary.AssignmentStatus.COMPLETED;
import static vn.dondoc.vocabulary.AssignmentStatus.IN_PROGRESS;
import static vn.dondoc.vocabulary.AssignmentStatus.NOT_STARTED;
import static vn.dondoc.vocabulary.AssignmentStatus.REFUSED;
import static vn.dondoc.vocabulary.AssignmentStatus.RETURNED;
import static vn.dondoc.vocabulary.AssignmentStatus.SUBMITTED;
import static vn.dondoc.vocabulary.AssignmentStatus.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.task.assignment.AssignmentCommand.Acknowledge;
import vn.dondoc.task.assignment.AssignmentCommand.AddNote;
import vn.dondoc.task.assignment.AssignmentCommand.AnnounceDueSoon;
import vn.dondoc.task.assignment.AssignmentCommand.AnnounceOverdue;
import vn.dondoc.task.assignment.AssignmentCommand.ChangeAssignment;
import vn.dondoc.task.assignment.AssignmentCommand.ChangeDueDate;
import vn.dondoc.task.assignment.AssignmentCommand.DecideExtension;
import vn.dondoc.task.assignment.AssignmentCommand.Refuse;
import vn.dondoc.task.assignment.AssignmentCommand.Remind;
import vn.dondoc.task.assignment.AssignmentCommand.ReportProgress;
import vn.dondoc.task.assignment.AssignmentCommand.RequestExtension;
import vn.dondoc.task.assignment.AssignmentCommand.ReviewResult;
import vn.dondoc.task.assignment.AssignmentCommand.SubmitResult;
import vn.dondoc.task.assignment.AssignmentCommand.Withdraw;

/**
 * The transitions of an assignment as pure rules: each command either changes a draft of the
 * assignment or throws, naming the current state. Coordinators have no status flow of their own.
 */
final class AssignmentLifecycle {

    /** At most this many extensions are approved per assignment. */
    static final int MAX_EXTENSIONS = 2;

    private AssignmentLifecycle() {
    }

    /** The changed draft and a Vietnamese description of the change for the history. */
    record Outcome(Assignment.Draft draft, String detail) {
    }

    static Outcome apply(Assignment assignment, AssignmentCommand command, LocalDate today,
            String actor, Instant now) {
        Assignment.Draft draft = assignment.draft();
        return new Outcome(draft, change(assignment, command, draft, today, actor, now));
    }

    private static String change(Assignment assignment, AssignmentCommand command,
            Assignment.Draft draft, LocalDate today, String actor, Instant now) {
        if (command instanceof Acknowledge c) {
            lead(assignment, "tiếp nhận");
            require(assignment.work().status() == NOT_STARTED, assignment, "tiếp nhận", null);
            draft.work = draft.work.in(IN_PROGRESS);
            return "Đã tiếp nhận";
        }
        if (command instanceof Refuse c) {
            lead(assignment, "từ chối");
            text(c.reason(), "reason", "Cần nêu lý do từ chối");
            require(assignment.work().status() == NOT_STARTED || assignment.work().status() == IN_PROGRESS,
                    assignment, "từ chối", null);
            draft.work = draft.work.in(REFUSED);
            return "Từ chối: " + c.reason();
        }
        if (command instanceof ReportProgress c) {
            lead(assignment, "báo cáo tiến độ");
            if (c.percent() < 0 || c.percent() > 100) {
                throw new InvalidCommandException("percent",
                        "Tiến độ phải từ 0 đến 100 %, nhận được " + c.percent() + " %");
            }
            workable(assignment, "báo cáo tiến độ");
            draft.work = draft.work.reported(c.percent());
            return "Tiến độ " + c.percent() + " %" + (c.note() == null ? "" : ": " + c.note());
        }
        if (command instanceof SubmitResult c) {
            lead(assignment, "gửi kết quả");
            text(c.summary(), "summary", "Cần nêu kết quả thực hiện");
            workable(assignment, "gửi kết quả");
            draft.work = draft.work.submitted(today, c.summary());
            return "Gửi kết quả: " + c.summary();
        }
        if (command instanceof RequestExtension c) {
            lead(assignment, "đề nghị gia hạn");
            text(c.reason(), "reason", "Cần nêu lý do đề nghị gia hạn");
            workable(assignment, "đề nghị gia hạn");
            require(assignment.deadline().dueDate() != null, assignment, "đề nghị gia hạn",
                    "nhiệm vụ không có hạn");
            require(assignment.deadline().pendingExtension() == null, assignment, "đề nghị gia hạn",
                    "đã có một đề nghị gia hạn chờ quyết định");
            require(assignment.deadline().approvedExtensions() < MAX_EXTENSIONS, assignment,
                    "đề nghị gia hạn", "đã được gia hạn " + MAX_EXTENSIONS + " lần, tối đa "
                            + MAX_EXTENSIONS + " lần");
            LocalDate requested = c.requestedDueDate();
            if (requested == null || !requested.isAfter(assignment.deadline().dueDate())) {
                throw new InvalidCommandException("requestedDueDate",
                        "Hạn đề nghị phải sau hạn hiện tại "
                                + DisplayDates.format(assignment.deadline().dueDate()));
            }
            draft.deadline = draft.deadline.requested(new ExtensionRequest(c.requestedDueDate(), c.reason(), now,
                    actor));
            return "Đề nghị gia hạn đến " + DisplayDates.format(c.requestedDueDate()) + ": " + c.reason();
        }
        if (command instanceof AddNote c) {
            text(c.text(), "text", "Ghi chú không được để trống");
            require(assignment.work().status() != WITHDRAWN, assignment, "thêm ghi chú", null);
            return c.text();
        }
        if (command instanceof ReviewResult c) {
            require(assignment.work().status() == SUBMITTED, assignment,
                    c.accepted() ? "chấp nhận kết quả" : "trả lại kết quả",
                    "chưa có kết quả chờ xác nhận");
            if (c.accepted()) {
                draft.work = draft.work.accepted();
                return "Chấp nhận kết quả" + (c.note() == null ? "" : ": " + c.note());
            }
            text(c.note(), "note", "Cần nêu lý do trả lại kết quả");
            draft.work = draft.work.returned();
            return "Trả lại kết quả: " + c.note();
        }
        if (command instanceof DecideExtension c) {
            ExtensionRequest request = assignment.deadline().pendingExtension();
            require(request != null, assignment, "quyết định gia hạn",
                    "không có đề nghị gia hạn nào chờ quyết định");
            if (!c.approved()) {
                draft.deadline = draft.deadline.decided(false);
                return "Không duyệt gia hạn" + (c.note() == null ? "" : ": " + c.note());
            }
            require(assignment.deadline().approvedExtensions() < MAX_EXTENSIONS, assignment, "duyệt gia hạn",
                    "đã được gia hạn " + MAX_EXTENSIONS + " lần");
            draft.deadline = draft.deadline.decided(true);
            return "Duyệt gia hạn lần " + draft.deadline.approvedExtensions() + " đến "
                    + DisplayDates.format(draft.deadline.dueDate());
        }
        if (command instanceof Withdraw c) {
            require(assignment.work().status() != COMPLETED && assignment.work().status() != WITHDRAWN,
                    assignment, "thu hồi", null);
            draft.work = draft.work.in(WITHDRAWN);
            draft.deadline = draft.deadline.withoutRequest();
            return "Thu hồi" + (c.reason() == null ? "" : ": " + c.reason());
        }
        if (command instanceof Remind c) {
            require(assignment.work().status().isOpen(), assignment, "nhắc việc", null);
            return "Nhắc việc" + (c.message() == null ? "" : ": " + c.message());
        }
        if (command instanceof ChangeDueDate c) {
            require(assignment.work().status().isOpen(), assignment, "đổi hạn theo kế hoạch sửa đổi", null);
            draft.deadline = draft.deadline.planned(c.dueDate());
            return "Kế hoạch sửa đổi (phiên bản " + c.planVersion() + "): hạn "
                    + (assignment.deadline().dueDate() == null ? "không có"
                            : DisplayDates.format(assignment.deadline().dueDate())) + " → "
                    + (c.dueDate() == null ? "không có hạn" : DisplayDates.format(c.dueDate()))
                    + (c.reason() == null || c.reason().isBlank() ? "" : " (" + c.reason() + ")");
        }
        if (command instanceof ChangeAssignment c) {
            require(assignment.work().status().isOpen(), assignment, "cập nhật theo kế hoạch sửa đổi", null);
            return AssignmentAmendment.apply(assignment, c, draft);
        }
        if (command instanceof AnnounceDueSoon c) {
            DeadlineAlerts.requireDueSoon(assignment, today);
            draft.deadline = draft.deadline.dueSoonAnnounced();
            return "Sắp đến hạn " + DisplayDates.format(assignment.deadline().dueDate());
        }
        if (command instanceof AnnounceOverdue c) {
            DeadlineAlerts.requireOverdue(assignment, today);
            draft.deadline = draft.deadline.overdueAnnounced();
            return "Quá hạn " + DisplayDates.format(assignment.deadline().dueDate());
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static void lead(Assignment assignment, String action) {
        if (assignment.terms().role() != AssignmentRole.LEAD) {
            throw new IllegalTransitionException(action, assignment,
                    "đơn vị phối hợp chỉ thêm ghi chú, đóng góp; việc này thuộc đơn vị chủ trì");
        }
    }

    private static void workable(Assignment assignment, String action) {
        require(assignment.work().status().isWorkable(), assignment, action, null);
    }

    private static void require(boolean allowed, Assignment assignment, String action, String why) {
        if (!allowed) {
            throw new IllegalTransitionException(action, assignment, why);
        }
    }

    private static void text(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, message);
        }
    }
}
