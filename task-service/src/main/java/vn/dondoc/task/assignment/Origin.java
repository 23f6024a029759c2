package vn.dondoc.task.assignment;

import java.time.Instant;
import vn.dondoc.security.Caller;

/**
 * What an assignment was made for, fixed from then on: the plan, the task and its instance, the unit.
 *
 * @param unitDepartment the department the assignment belongs to: its unit's ({@link Caller#departmentOf}),
 *                       always derived from {@code unitCode}; stored so that the lists filter by it
 * @param timeframeKind  the task's timeframe kind as the plan gives it, or {@code null}
 * @param instanceKey    the reporting period ({@code 2025-Q3}) or occurrence ({@code O-…}) this
 *                       assignment is one instance of; {@code null} for the whole task
 * @param instanceLabel  the instance in Vietnamese ("Quý III/2025"), or {@code null}
 */
public record Origin(
        String planId,
        String planNumber,
        String departmentCode,
        String taskId,
        String unitCode,
        String unitDepartment,
        Instant assignedAt,
        String timeframeKind,
        String instanceKey,
        String instanceLabel) {

    /** Prefix of the instance key of an occurrence of an event-driven task. */
    public static final String OCCURRENCE = "O-";

    public Origin {
        unitDepartment = Caller.departmentOf(unitCode);
    }

    /** Without the department, which the unit code gives. */
    public Origin(String planId, String planNumber, String departmentCode, String taskId, String unitCode,
            Instant assignedAt, String timeframeKind, String instanceKey, String instanceLabel) {
        this(planId, planNumber, departmentCode, taskId, unitCode, null, assignedAt, timeframeKind, instanceKey,
                instanceLabel);
    }

    /** Whether this is one occurrence of an event-driven or externally scheduled task. */
    public boolean isOccurrence() {
        return instanceKey != null && instanceKey.startsWith(OCCURRENCE);
    }
}
