package vn.dondoc.task.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.security.Caller;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.plan.TaskInstance;

/**
 * One unit's role on one task. Its id is derived from plan, task and unit, so the same plan
 * delivered twice cannot assign a unit twice. Changes go through {@link AssignmentLifecycle}; each
 * is stored as one conditional update with its history line and its event.
 *
 * @param originalDueDate    the plan's deadline, kept when extensions move {@code dueDate}
 * @param progressPercent    last reported progress, 0–100
 * @param submittedOn        date of the submitted result; cleared when the result is returned
 * @param completedOn        the completion date (= submission date) once the office accepted it
 * @param dueSoonAnnouncedFor the deadline for which {@code task-due-soon} was published
 * @param overdueAnnouncedFor the deadline for which {@code task-overdue} was published
 * @param timeframeKind      the task's timeframe kind as the plan gives it, or {@code null}
 * @param instanceKey        the reporting period ({@code 2025-Q3}) or occurrence ({@code O-…}) this
 *                           assignment is one instance of; {@code null} for the whole task
 * @param instanceLabel      the instance in Vietnamese ("Quý III/2025"), or {@code null}
 * @param unitDepartment     the department the assignment belongs to: its unit's ({@link Caller#departmentOf}),
 *                           always derived from {@code unitCode}; stored so that the lists filter by it
 */
// A unit's work by due date, a plan's assignments, a department's lists by due date (office, overdue,
// due soon: their status and role in the index, so the index alone gives their order, page and count)
// and the province's (no department). It replaces department_due (unitDepartment, dueDate, _id),
// which a deployment made before it may drop.
@CompoundIndex(name = "unit_due", def = "{'unitCode': 1, 'dueDate': 1}")
@CompoundIndex(name = "plan", def = "{'planId': 1}")
@CompoundIndex(name = "department_due_status", def = "{'unitDepartment': 1, 'dueDate': 1, '_id': 1, 'status': 1, 'role': 1}")
@CompoundIndex(name = "due", def = "{'dueDate': 1, '_id': 1}")
@Document("assignments")
public record Assignment(
        @Id String id,
        String planId,
        String planNumber,
        String departmentCode,
        String taskId,
        String taskNumber,
        String taskContent,
        String unitCode,
        AssignmentRole role,
        List<String> leadUnits,
        LocalDate originalDueDate,
        LocalDate dueDate,
        AssignmentStatus status,
        Instant assignedAt,
        int progressPercent,
        LocalDate submittedOn,
        String resultSummary,
        LocalDate completedOn,
        int approvedExtensions,
        ExtensionRequest pendingExtension,
        LocalDate dueSoonAnnouncedFor,
        LocalDate overdueAnnouncedFor,
        List<HistoryEntry> history,
        List<PendingEvent> pendingEvents,
        @Version Long version,
        String timeframeKind,
        String instanceKey,
        String instanceLabel,
        String unitDepartment) {

    /** Prefix of the instance key of an occurrence of an event-driven task. */
    public static final String OCCURRENCE = "O-";

    @PersistenceCreator
    public Assignment {
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        status = status == null ? AssignmentStatus.NOT_STARTED : status;
        originalDueDate = originalDueDate == null ? dueDate : originalDueDate;
        history = history == null ? List.of() : List.copyOf(history);
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
        unitDepartment = Caller.departmentOf(unitCode);
    }

    /** Without the stored department (derived from the unit code). */
    public Assignment(String id, String planId, String planNumber, String departmentCode,
            String taskId, String taskNumber, String taskContent, String unitCode,
            AssignmentRole role, List<String> leadUnits, LocalDate originalDueDate,
            LocalDate dueDate, AssignmentStatus status, Instant assignedAt, int progressPercent,
            LocalDate submittedOn, String resultSummary, LocalDate completedOn,
            int approvedExtensions, ExtensionRequest pendingExtension,
            LocalDate dueSoonAnnouncedFor, LocalDate overdueAnnouncedFor,
            List<HistoryEntry> history, List<PendingEvent> pendingEvents, Long version,
            String timeframeKind, String instanceKey, String instanceLabel) {
        this(id, planId, planNumber, departmentCode, taskId, taskNumber, taskContent, unitCode, role,
                leadUnits, originalDueDate, dueDate, status, assignedAt, progressPercent, submittedOn,
                resultSummary, completedOn, approvedExtensions, pendingExtension,
                dueSoonAnnouncedFor, overdueAnnouncedFor, history, pendingEvents, version, timeframeKind,
                instanceKey, instanceLabel, null);
    }

    /** As stored before timeframe kinds and instances were kept. */
    public Assignment(String id, String planId, String planNumber, String departmentCode,
            String taskId, String taskNumber, String taskContent, String unitCode,
            AssignmentRole role, List<String> leadUnits, LocalDate originalDueDate,
            LocalDate dueDate, AssignmentStatus status, Instant assignedAt, int progressPercent,
            LocalDate submittedOn, String resultSummary, LocalDate completedOn,
            int approvedExtensions, ExtensionRequest pendingExtension,
            LocalDate dueSoonAnnouncedFor, LocalDate overdueAnnouncedFor,
            List<HistoryEntry> history, List<PendingEvent> pendingEvents, Long version) {
        this(id, planId, planNumber, departmentCode, taskId, taskNumber, taskContent, unitCode, role,
                leadUnits, originalDueDate, dueDate, status, assignedAt, progressPercent, submittedOn,
                resultSummary, completedOn, approvedExtensions, pendingExtension,
                dueSoonAnnouncedFor, overdueAnnouncedFor, history, pendingEvents, version, null,
                null, null);
    }

    /** A new assignment with its first history line and its {@code task-assigned} event. */
    public static Assignment assigned(String id, IssuedPlan plan, IssuedPlan.Task task,
            TaskInstance instance, String unitCode, AssignmentRole role, Instant now,
            HistoryEntry line, PendingEvent event) {
        return new Assignment(id, plan.planId(), plan.number(), plan.departmentCode(), task.taskId(),
                task.number(), task.content(), unitCode, role, task.leadUnits(), instance.dueDate(),
                instance.dueDate(), AssignmentStatus.NOT_STARTED, now, 0, null, null, null, 0, null,
                null, null, List.of(line), List.of(event), null, task.timeframeKind(),
                instance.key(), instance.label());
    }

    /** The id of a unit's assignment on a task of a plan. */
    public static String idOf(String planId, String taskId, String unitCode) {
        return planId + ":" + taskId + ":" + unitCode;
    }

    /** The id of a unit's assignment on one instance (period, occurrence) of a task. */
    public static String idOf(String planId, String taskId, String unitCode, String instanceKey) {
        String whole = idOf(planId, taskId, unitCode);
        return instanceKey == null ? whole : whole + ":" + instanceKey;
    }

    /** Whether this is one occurrence of an event-driven or externally scheduled task. */
    public boolean isOccurrence() {
        return instanceKey != null && instanceKey.startsWith(OCCURRENCE);
    }

    /** Whether a command with this idempotency key was already applied. */
    public boolean applied(String requestId) {
        return requestId != null
                && history.stream().anyMatch(line -> requestId.equals(line.requestId()));
    }

    /** A copy to change; {@link Draft#done()} gives the changed assignment. */
    Draft draft() {
        return new Draft(this);
    }

    /** The changeable part of an assignment, edited by the lifecycle rules. */
    static final class Draft {
        private final Assignment from;
        AssignmentStatus status;
        LocalDate originalDueDate;
        LocalDate dueDate;
        int progressPercent;
        LocalDate submittedOn;
        String resultSummary;
        LocalDate completedOn;
        int approvedExtensions;
        ExtensionRequest pendingExtension;
        LocalDate dueSoonAnnouncedFor;
        LocalDate overdueAnnouncedFor;
        AssignmentRole role;
        String taskNumber;
        String taskContent;
        List<String> leadUnits;

        private Draft(Assignment from) {
            this.from = from;
            role = from.role;
            taskNumber = from.taskNumber;
            taskContent = from.taskContent;
            leadUnits = from.leadUnits;
            status = from.status;
            originalDueDate = from.originalDueDate;
            dueDate = from.dueDate;
            progressPercent = from.progressPercent;
            submittedOn = from.submittedOn;
            resultSummary = from.resultSummary;
            completedOn = from.completedOn;
            approvedExtensions = from.approvedExtensions;
            pendingExtension = from.pendingExtension;
            dueSoonAnnouncedFor = from.dueSoonAnnouncedFor;
            overdueAnnouncedFor = from.overdueAnnouncedFor;
        }

        /** The changed assignment, with its new history line and event appended. */
        Assignment done(HistoryEntry line, PendingEvent event) {
            List<HistoryEntry> history = new ArrayList<>(from.history);
            history.add(line);
            List<PendingEvent> pending = new ArrayList<>(from.pendingEvents);
            pending.add(event);
            return new Assignment(from.id, from.planId, from.planNumber, from.departmentCode,
                    from.taskId, taskNumber, taskContent, from.unitCode, role, leadUnits,
                    originalDueDate, dueDate, status, from.assignedAt,
                    progressPercent, submittedOn, resultSummary, completedOn, approvedExtensions,
                    pendingExtension, dueSoonAnnouncedFor, overdueAnnouncedFor, history, pending,
                    from.version, from.timeframeKind, from.instanceKey, from.instanceLabel);
        }
    }
}
