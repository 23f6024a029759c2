package vn.dondoc.task.assignment;

import java.time.LocalDate;

/** What units, the office and the daily job do to an assignment; each becomes one history line. */
public sealed interface AssignmentCommand {

    /** Short code of the action, stored in the history line. */
    default String action() {
        return getClass().getSimpleName();
    }

    /** Lead: tiếp nhận. */
    record Acknowledge() implements AssignmentCommand {
    }

    /** Lead: từ chối, with a reason. */
    record Refuse(String reason) implements AssignmentCommand {
    }

    /** Lead: báo cáo tiến độ, 0–100 %. */
    record ReportProgress(int percent, String note) implements AssignmentCommand {
    }

    /** Lead: gửi kết quả. */
    record SubmitResult(String summary) implements AssignmentCommand {
    }

    /** Lead: đề nghị gia hạn. */
    record RequestExtension(LocalDate requestedDueDate, String reason) implements AssignmentCommand {
    }

    /** Lead or coordinator: ghi chú, đóng góp. */
    record AddNote(String text) implements AssignmentCommand {
    }

    /** Office: chấp nhận or trả lại the submitted result. */
    record ReviewResult(boolean accepted, String note) implements AssignmentCommand {
    }

    /** Office or leadership: duyệt or từ chối the pending extension request. */
    record DecideExtension(boolean approved, String note) implements AssignmentCommand {
    }

    /** Office: thu hồi. */
    record Withdraw(String reason) implements AssignmentCommand {
    }

    /** Office: nhắc việc. */
    record Remind(String message) implements AssignmentCommand {
    }

    /** System: the amended plan moved the task's deadline (not an extension); {@code null} = none. */
    record ChangeDueDate(LocalDate dueDate, int planVersion, String reason) implements AssignmentCommand {
    }

    /**
     * System: the amended plan changed the unit's role on the task (lead ↔ coordinator) or the
     * task's number, content or lead units; the assignment takes them over.
     */
    record ChangeAssignment(TaskTerms terms, int planVersion, String reason) implements AssignmentCommand {

        /** Whether the assignment's terms differ from those the amended plan gives. */
        public boolean changes(Assignment assignment) {
            return !assignment.terms().equals(terms);
        }
    }

    /** Daily job: the deadline is at most 3 days away. */
    record AnnounceDueSoon() implements AssignmentCommand {
    }

    /** Daily job: the deadline has passed. */
    record AnnounceOverdue() implements AssignmentCommand {
    }
}
