package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The deadline of an open assignment changed because its plan was amended (not an extension: the
 * plan's own deadline moved). Key: {@code unitCode}.
 *
 * @param actor           who did it ({@code system} when it follows a plan amendment)
 * @param previousDueDate the deadline before, or {@code null} when there was none
 * @param dueDate         the deadline now, or {@code null} when the task has none any more
 * @param planVersion     the plan version that set it (2 for the first amendment)
 * @param reason          why, Vietnamese; may be null
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskDueDateChanged(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        LocalDate previousDueDate,
        LocalDate dueDate,
        int planVersion,
        String reason,
        String departmentCode) implements IntegrationEvent {

    public TaskDueDateChanged {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
    }

    /** As published before the department was carried. */
    public TaskDueDateChanged(String eventId, Instant occurredAt, String assignmentId, String planId,
            String taskId, String unitCode, String actor, LocalDate previousDueDate, LocalDate dueDate,
            int planVersion, String reason) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, previousDueDate, dueDate,
                planVersion, reason, null);
    }
}
