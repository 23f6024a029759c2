package vn.dondoc.task.assignment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.TaskAssigned;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.PendingEvent;

/**
 * Assigns every unit of an issued plan: one assignment per (task, unit, role), each stored with
 * its own {@code task-assigned} event in one write. A unit named as lead is not also a coordinator.
 */
@Service
public class TaskAssignment {

    private final MongoOperations mongo;
    private final Clock clock;

    TaskAssignment(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Returns how many assignments were new; a plan delivered again assigns nobody twice. */
    public int assign(IssuedPlan plan) {
        int created = 0;
        for (Assignment assignment : assignmentsOf(plan, clock.instant())) {
            if (InsertOnce.insert(mongo, assignment)) {
                created++;
            }
        }
        return created;
    }

    static List<Assignment> assignmentsOf(IssuedPlan plan, Instant now) {
        List<Assignment> assignments = new ArrayList<>();
        for (IssuedPlan.Task task : plan.tasks()) {
            LinkedHashSet<String> leads = new LinkedHashSet<>(task.leadUnits());
            for (String unit : leads) {
                assignments.add(assignment(plan, task, unit, AssignmentRole.LEAD, now));
            }
            for (String unit : new LinkedHashSet<>(task.coordinatorUnits())) {
                if (!leads.contains(unit)) {
                    assignments.add(assignment(plan, task, unit, AssignmentRole.COORDINATOR, now));
                }
            }
        }
        return assignments;
    }

    private static Assignment assignment(IssuedPlan plan, IssuedPlan.Task task, String unit,
            AssignmentRole role, Instant now) {
        String id = Assignment.idOf(plan.planId(), task.taskId(), unit);
        TaskAssigned event = new TaskAssigned(eventIdFor(id), now, id, plan.planId(), plan.number(),
                plan.departmentCode(), task.taskId(), task.number(), task.content(), unit, role,
                task.leadUnits(), task.dueDate());
        PendingEvent pending = Outbox.pending(Topics.TASK_ASSIGNED, EventTypes.TASK_ASSIGNED, unit, id,
                event);
        return new Assignment(id, plan.planId(), plan.number(), plan.departmentCode(), task.taskId(),
                task.number(), task.content(), unit, role, task.leadUnits(), task.dueDate(),
                AssignmentStatus.NOT_STARTED, now, List.of(pending), null);
    }

    /** The same assignment always announces itself with the same event id. */
    private static String eventIdFor(String assignmentId) {
        return UUID.nameUUIDFromBytes(("task-assigned:" + assignmentId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
