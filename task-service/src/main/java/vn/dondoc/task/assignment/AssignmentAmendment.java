package vn.dondoc.task.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.task.assignment.AssignmentCommand.ChangeAssignment;

/**
 * How an open assignment takes over its amended task: the new number, content and lead units, and
 * a new role. The role decides the status flow: a coordinator has none of its own, so a unit whose
 * role changes starts over as not started in the new role — a lead made coordinator leaves its
 * progress, submitted result, pending extension request and approved extensions behind (the
 * deadline goes back to the plan's), and a coordinator made lead starts the lead's flow with
 * nothing reported and no deadline alert sent yet. The history keeps what was before.
 */
final class AssignmentAmendment {

    private AssignmentAmendment() {
    }

    /** Changes the draft; returns the history line's Vietnamese description. */
    static String apply(Assignment assignment, ChangeAssignment change, Assignment.Draft draft) {
        TaskTerms before = assignment.terms();
        TaskTerms after = change.terms();
        draft.terms = after;
        List<String> parts = new ArrayList<>();
        if (before.role() != after.role()) {
            // a coordinator has no status flow: the unit starts over in its new role
            draft.work = Work.NOT_STARTED;
            draft.deadline = Deadline.of(draft.deadline.originalDueDate());
            parts.add("vai trò " + name(before.role()) + " → " + name(after.role()));
        }
        if (!Objects.equals(before.taskNumber(), after.taskNumber())) {
            parts.add("số thứ tự nhiệm vụ " + before.taskNumber() + " → " + after.taskNumber());
        }
        if (!Objects.equals(before.taskContent(), after.taskContent())) {
            parts.add("nội dung «" + before.taskContent() + "» → «" + after.taskContent() + "»");
        }
        if (!before.leadUnits().equals(after.leadUnits())) {
            parts.add("đơn vị chủ trì " + String.join(", ", before.leadUnits()) + " → "
                    + String.join(", ", after.leadUnits()));
        }
        return "Kế hoạch sửa đổi (phiên bản " + change.planVersion() + "): "
                + (parts.isEmpty() ? "không thay đổi" : String.join("; ", parts))
                + (change.reason() == null || change.reason().isBlank() ? "" : " (" + change.reason() + ")");
    }

    private static String name(AssignmentRole role) {
        return role == AssignmentRole.LEAD ? "chủ trì" : "phối hợp";
    }
}
