package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One unit got one role on one task. Key: {@code unitCode}, so every event about a unit's work
 * arrives in order at the consumers that keep per-unit state (inbox, counts).
 *
 * @param leadUnits the task's lead units, so a coordinator learns who leads
 * @param dueDate   deadline, or {@code null} when the task has none
 */
public record TaskAssigned(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String planNumber,
        String departmentCode,
        String taskId,
        String taskNumber,
        String taskContent,
        String unitCode,
        AssignmentRole role,
        List<String> leadUnits,
        LocalDate dueDate) implements IntegrationEvent {

    public TaskAssigned {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.value(role, "role");
        leadUnits = Required.list(leadUnits);
    }
}
