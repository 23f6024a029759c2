package vn.dondoc.task.assignment;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;
import vn.dondoc.eventing.PendingEvent;

/**
 * One unit's role on one task. Its id is derived from plan, task and unit, so the same plan
 * delivered twice cannot assign a unit twice. Changes go through {@link AssignmentLifecycle}; each
 * is stored as one conditional update with its history line and its event. Its values are stored
 * flat ({@link Unwrapped}): the document has the field names it had when the record was flat.
 *
 * @param origin   what it was made for: plan, task, instance, unit (never changes)
 * @param terms    the unit's role and the task as the plan version in force gives them
 * @param work     status, progress and result
 * @param deadline the plan's deadline, extensions and the deadline alerts sent
 */
// A unit's work by due date (its status in the index, so the index alone gives the page and count of
// its open work), a plan's assignments, a department's lists by due date (office, overdue, due soon:
// their status and role in the index, so the index alone gives their order, page and count) and the
// province's (no department). They replace unit_due (unitCode, dueDate) and department_due
// (unitDepartment, dueDate, _id), which a deployment made before them may drop.
@CompoundIndex(name = "unit_due_status", def = "{'unitCode': 1, 'dueDate': 1, '_id': 1, 'status': 1}")
@CompoundIndex(name = "plan", def = "{'planId': 1}")
@CompoundIndex(name = "department_due_status", def = "{'unitDepartment': 1, 'dueDate': 1, '_id': 1, 'status': 1, 'role': 1}")
@CompoundIndex(name = "due", def = "{'dueDate': 1, '_id': 1}")
@Document("assignments")
public record Assignment(
        @Id String id,
        @Unwrapped.Empty Origin origin,
        @Unwrapped.Empty TaskTerms terms,
        @Unwrapped.Empty Work work,
        @Unwrapped.Empty Deadline deadline,
        List<HistoryEntry> history,
        List<PendingEvent> pendingEvents,
        @Version Long version) {

    public Assignment {
        history = history == null ? List.of() : List.copyOf(history);
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }

    /** A new assignment: not started, with its first history line and its {@code task-assigned} event. */
    public static Assignment assigned(String id, Origin origin, TaskTerms terms, Deadline deadline,
            HistoryEntry line, PendingEvent event) {
        return new Assignment(id, origin, terms, Work.NOT_STARTED, deadline, List.of(line), List.of(event), null);
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

    /** Whether a command with this idempotency key was already applied. */
    public boolean applied(String requestId) {
        return requestId != null
                && history.stream().anyMatch(line -> requestId.equals(line.requestId()));
    }

    /** A copy to change; {@link Draft#done} gives the changed assignment. */
    Draft draft() {
        return new Draft(this);
    }

    /** The changeable values of an assignment, replaced by the lifecycle rules. */
    static final class Draft {
        private final Assignment from;
        TaskTerms terms;
        Work work;
        Deadline deadline;

        private Draft(Assignment from) {
            this.from = from;
            terms = from.terms;
            work = from.work;
            deadline = from.deadline;
        }

        /** The changed assignment, with its new history line and event appended. */
        Assignment done(HistoryEntry line, PendingEvent event) {
            List<HistoryEntry> history = new ArrayList<>(from.history);
            history.add(line);
            List<PendingEvent> pending = new ArrayList<>(from.pendingEvents);
            pending.add(event);
            return new Assignment(from.id, from.origin, terms, work, deadline, history, pending, from.version);
        }
    }
}
