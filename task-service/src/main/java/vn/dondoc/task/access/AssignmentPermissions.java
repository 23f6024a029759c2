package vn.dondoc.task.access;

import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.security.Caller;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentCommand;
import vn.dondoc.task.assignment.AssignmentNotFoundException;

/**
 * Who may see and do what to an assignment (pure): nobody beyond the department's wall (another
 * department's assignment is answered as absent); within it, a unit only its own assignments, and
 * only the lead the lead's flow; the office and leadership review, decide, withdraw and remind;
 * the province reads every department's, and directs the assignments of its own plans (UBND tỉnh).
 */
public final class AssignmentPermissions {

    private AssignmentPermissions() {
    }

    /** The department's office and leadership, the province, and the unit the assignment belongs to. */
    public static boolean maySee(Actor actor, Assignment assignment) {
        return actor.reaches(assignment)
                && (actor.directs() || actor.has(Actor.Role.PROVINCE) || actor.isUnit(assignment.origin().unitCode()));
    }

    /**
     * Throws {@link AssignmentNotFoundException} for another department's assignment (as if it did
     * not exist), {@link ForbiddenActionException} unless the actor may carry out the command.
     */
    public static void checkMayDo(Actor actor, Assignment assignment, AssignmentCommand command) {
        if (!actor.reaches(assignment)) {
            throw new AssignmentNotFoundException(assignment.id());
        }
        if (command instanceof AssignmentCommand.ReviewResult) {
            requireIssuer(actor, assignment, "xác nhận kết quả");
        } else if (command instanceof AssignmentCommand.DecideExtension) {
            requireIssuer(actor, assignment, "duyệt gia hạn");
        } else if (command instanceof AssignmentCommand.Withdraw) {
            requireIssuer(actor, assignment, "thu hồi phân công");
        } else if (command instanceof AssignmentCommand.Remind) {
            requireIssuer(actor, assignment, "nhắc việc");
        } else if (command instanceof AssignmentCommand.AddNote) {
            requireOwnUnit(actor, assignment);
        } else if (command instanceof AssignmentCommand.AnnounceDueSoon
                || command instanceof AssignmentCommand.AnnounceOverdue) {
            forbid("Chỉ hệ thống được báo hạn");
        } else {
            requireOwnUnit(actor, assignment);
            if (assignment.terms().role() != AssignmentRole.LEAD) {
                forbid("Đơn vị phối hợp " + assignment.origin().unitCode()
                        + " không thể thay đơn vị chủ trì tiếp nhận, từ chối, báo cáo tiến độ, "
                        + "gửi kết quả hay đề nghị gia hạn");
            }
        }
    }

    /**
     * Whoever issued the plan directs its assignments: the department's office and leadership, and
     * for a plan of UBND tỉnh the provincial office (the Sở whose office unit works on it does not
     * accept its own result).
     */
    private static void requireIssuer(Actor actor, Assignment assignment, String what) {
        if (Caller.PROVINCE_SCOPE.equals(assignment.origin().departmentCode())) {
            if (!actor.has(Actor.Role.PROVINCE)) {
                forbid("Nhiệm vụ của kế hoạch UBND tỉnh " + assignment.origin().planNumber()
                        + ": chỉ Văn phòng UBND tỉnh được " + what);
            }
        } else if (!actor.directs()) {
            forbid("Chỉ Văn phòng hoặc Lãnh đạo được " + what);
        }
    }

    private static void requireOwnUnit(Actor actor, Assignment assignment) {
        if (!actor.isUnit(assignment.origin().unitCode())) {
            forbid("Chỉ đơn vị " + assignment.origin().unitCode() + " được thao tác trên phân công của mình");
        }
    }

    private static void forbid(String message) {
        throw new ForbiddenActionException(message);
    }
}
