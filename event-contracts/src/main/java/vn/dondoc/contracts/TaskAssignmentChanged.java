package vn.dondoc.contracts;

import java.time.Instant;
import java.util.List;

/**
 * An open assignment follows its amended plan: the unit's role on the task changed (lead ↔
 * coordinator; the assignment id has no role, so it is the same assignment) or the task's number,
 * content or lead units changed. One event carries every change of one amendment; unchanged
 * fields carry the same value before and after. Key: {@code unitCode}.
 *
 * @param actor               who did it ({@code system} when it follows a plan amendment)
 * @param previousRole        the role before
 * @param role                the role now; a unit made lead starts the lead's flow as not started,
 *                            a lead made coordinator leaves it (no status flow of its own)
 * @param previousTaskNumber  the task number before, or {@code null}
 * @param taskNumber          the task number now, or {@code null}
 * @param previousTaskContent the task content before
 * @param taskContent         the task content now
 * @param previousLeadUnits   the task's lead units before
 * @param leadUnits           the task's lead units now
 * @param planVersion         the plan version that made the change (2 for the first amendment)
 * @param reason              the amendment's reason, Vietnamese; may be null
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskAssignmentChanged(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        AssignmentRole previousRole,
        AssignmentRole role,
        String previousTaskNumber,
        String taskNumber,
        String previousTaskContent,
        String taskContent,
        List<String> previousLeadUnits,
        List<String> leadUnits,
        int planVersion,
        String reason,
        String departmentCode) implements IntegrationEvent {

    public TaskAssignmentChanged {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
        Required.value(role, "role");
        previousLeadUnits = Required.list(previousLeadUnits);
        leadUnits = Required.list(leadUnits);
    }

    /** As published before the department was carried. */
    public TaskAssignmentChanged(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, AssignmentRole previousRole, AssignmentRole role,
            String previousTaskNumber, String taskNumber, String previousTaskContent, String taskContent,
            List<String> previousLeadUnits, List<String> leadUnits, int planVersion, String reason) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, previousRole, role,
                previousTaskNumber, taskNumber, previousTaskContent, taskContent, previousLeadUnits,
                leadUnits, planVersion, reason, null);
    }
}
