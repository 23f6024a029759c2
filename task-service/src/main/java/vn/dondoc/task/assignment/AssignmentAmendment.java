package vn.dondoc.task.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.task.assignment.AssignmentCommand.ChangeAssignment;
import vn.dondoc.vocabulary.AssignmentStatus;

/**
 * How an open assignment takes over its amended task: the new number, content and lead units, and
 * a new role. The role decides the status flow: a coordinator has none of its own, so a unit whose
 * role changes starts over as not started in the new role — a lead made coordinator leaves its
 * progress, submitted result, pending extension request and approved extensions behind (the
 * deadline goes back to the plan's), and a coordinator made lead starts the lead's flow with
 * nothing reported and no deadline alert sent yet. The history keeps what was before.
 */
public final class AssignmentAmendment {

    private AssignmentAmendment() {
    }

    /** Whether the assignment differs from what the command sets. */
    public static boolean differs(Assignment assignment, ChangeAssignment change) {
        return assignment.role() != change.role()
                || !Objects.equals(assignment.taskNumber(), change.taskNumber())
                || !Objects.equals(assignment.taskContent(), change.taskContent())
                || !assignment.leadUnits().equals(change.leadUnits());
    }

    /** Changes the draft; returns the history line's Vietnamese description. */
    static String apply(Assignment assignment, ChangeAssignment change, Assignment.Draft draft) {
        draft.taskNumber = change.taskNumber();
        draft.taskContent = change.taskContent();
        draft.leadUnits = change.leadUnits();
        List<String> parts = new ArrayList<>();
        if (assignment.role() != change.role()) {
            draft.role = change.role();
            startOver(draft);
            parts.add("vai trò " + name(assignment.role()) + " → " + name(change.role()));
        }
        if (!Objects.equals(assignment.taskNumber(), change.taskNumber())) {
            parts.add("số thứ tự nhiệm vụ " + assignment.taskNumber() + " → " + change.taskNumber());
        }
        if (!Objects.equals(assignment.taskContent(), change.taskContent())) {
            parts.add("nội dung «" + assignment.taskContent() + "» → «" + change.taskContent() + "»");
        }
        if (!assignment.leadUnits().equals(change.leadUnits())) {
            parts.add("đơn vị chủ trì " + String.join(", ", assignment.leadUnits()) + " → "
                    + String.join(", ", change.leadUnits()));
        }
        return "Kế hoạch sửa đổi (phiên bản " + change.planVersion() + "): "
                + (parts.isEmpty() ? "không thay đổi" : String.join("; ", parts))
                + (change.reason() == null || change.reason().isBlank() ? "" : " (" + change.reason() + ")");
    }

    private static void startOver(Assignment.Draft draft) {
        draft.status = AssignmentStatus.NOT_STARTED;
        draft.progressPercent = 0;
        draft.submittedOn = null;
        draft.resultSummary = null;
        draft.completedOn = null;
        draft.pendingExtension = null;
        draft.approvedExtensions = 0;
        draft.dueDate = draft.originalDueDate;
        draft.dueSoonAnnouncedFor = null;
        draft.overdueAnnouncedFor = null;
    }

    private static String name(AssignmentRole role) {
        return role == AssignmentRole.LEAD ? "chủ trì" : "phối hợp";
    }
}
