package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.AssignmentRole;

/**
 * One assignment as reporting sees it, keyed by the assignment id: a redelivered
 * {@code task-assigned} finds it stored and changes nothing.
 *
 * @param assignedOn day the assignment was made (the event's time in Asia/Ho_Chi_Minh); {@code null}
 *                   in documents stored before it was kept
 * @param dueDate    the deadline set by the plan; extensions and amendments arrive as {@link LifecycleFact}s
 * @param timeframeKind the task's timeframe kind ({@code CONTINUOUS}, ...), {@code null} when not sent
 * @param instanceKey the reporting period ({@code 2026-Q1}) or occurrence ({@code O-…}) of one instance of
 *                    a recurring or event-driven task, {@code null} otherwise and in documents stored before
 *                    it was kept; which periods count it: {@link vn.dondoc.vocabulary.PeriodMembership}
 */
@CompoundIndex(name = "unit", def = "{'unitCode': 1}") // a unit's figures
@CompoundIndex(name = "plan", def = "{'planId': 1}") // a department's figures under its plans (provincial rollup)
@Document("assigned_tasks")
public record AssignedTask(
        @Id String assignmentId,
        String unitCode,
        AssignmentRole role,
        String planId,
        String taskId,
        LocalDate dueDate,
        String sourceEventId,
        LocalDate assignedOn,
        String timeframeKind,
        String instanceKey) {

    /** An assignment that is no instance of a recurring or event-driven task. */
    public AssignedTask(String assignmentId, String unitCode, AssignmentRole role, String planId, String taskId,
            LocalDate dueDate, String sourceEventId, LocalDate assignedOn, String timeframeKind) {
        this(assignmentId, unitCode, role, planId, taskId, dueDate, sourceEventId, assignedOn, timeframeKind, null);
    }
}
