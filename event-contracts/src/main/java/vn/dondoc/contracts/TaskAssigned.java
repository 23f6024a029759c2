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
 * @param timeframeKind the task's timeframe kind (CONTINUOUS, FIXED_DEADLINE, RECURRING,
 *                      EVENT_DRIVEN, ANCHORED_EXTERNAL, UNSPECIFIED) or {@code null} (optional)
 * @param instanceKey   for one reporting-period instance of a recurring task the period
 *                      ({@code 2025-Q3}, {@code 2025-Y}); for one occurrence of an event-driven
 *                      task the occurrence ({@code O-…}); {@code null} otherwise (optional)
 * @param instanceLabel Vietnamese label of the instance ("Quý III/2025") or {@code null} (optional)
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
        LocalDate dueDate,
        String timeframeKind,
        String instanceKey,
        String instanceLabel) implements IntegrationEvent {

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

    /** The first version of the contract: without timeframe kind and instance. */
    public TaskAssigned(String eventId, Instant occurredAt, String assignmentId, String planId,
            String planNumber, String departmentCode, String taskId, String taskNumber,
            String taskContent, String unitCode, AssignmentRole role, List<String> leadUnits,
            LocalDate dueDate) {
        this(eventId, occurredAt, assignmentId, planId, planNumber, departmentCode, taskId, taskNumber,
                taskContent, unitCode, role, leadUnits, dueDate, null, null, null);
    }
}
