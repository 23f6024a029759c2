package vn.dondoc.task.planning;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.contracts.TaskAssigned;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentActions;
import vn.dondoc.task.assignment.Deadline;
import vn.dondoc.task.assignment.HistoryEntry;
import vn.dondoc.task.assignment.Origin;
import vn.dondoc.task.assignment.TaskTerms;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.plan.PlanCopy;
import vn.dondoc.task.plan.TaskInstance;
import vn.dondoc.task.plan.TaskSchedule;
import vn.dondoc.vocabulary.AssignmentStatus;

/**
 * Assigns every unit of an issued plan: one assignment per (task instance, unit, role), each stored
 * with its own {@code task-assigned} event in one write. A unit named as lead is not also a
 * coordinator. A task without a lead is assigned to nobody: it waits on the office's "needs
 * assignment" list. The plan is kept as {@link PlanCopy}; a plan withdrawn meanwhile is withdrawn.
 */
@Service
public class TaskAssignment {

    private final MongoOperations mongo;
    private final PlanWithdrawal withdrawal;
    private final Clock clock;

    TaskAssignment(MongoOperations mongo, PlanWithdrawal withdrawal, Clock clock) {
        this.mongo = mongo;
        this.withdrawal = withdrawal;
        this.clock = clock;
    }

    /** Returns how many assignments were new; a plan delivered again assigns nobody twice. */
    public int assign(IssuedPlan plan) {
        PlanCopy copy = PlanCopy.of(plan);
        if (!InsertOnce.insert(mongo, copy)) {
            copy = mongo.findById(plan.planId(), PlanCopy.class);
        }
        if (copy.withdrawn()) {
            return 0;
        }
        int created = insert(assignmentsOf(copy.effectivePlan(), clock.instant(), clock.getZone()));
        if (mongo.exists(query(where("_id").is(plan.planId()).and("withdrawn").is(true)), PlanCopy.class)) {
            withdrawal.withdrawOpenAssignments(plan.planId());
        }
        return created;
    }

    /**
     * Stores the assignments not stored yet, each with its event, in one round trip when none is
     * stored yet; returns how many were new (a batch cut short by a stored one counts only those
     * inserted one by one after it).
     */
    int insert(List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return 0;
        }
        try {
            mongo.insertAll(assignments);
            return assignments.size();
        } catch (DataAccessException partlyStored) {
            // a plan delivered again, or a crash half-way: the rest one by one, each once
            int created = 0;
            for (Assignment assignment : assignments) {
                if (InsertOnce.insert(mongo, assignment)) {
                    created++;
                }
            }
            return created;
        }
    }

    /** Every assignment the plan gives, each with its first history line and its event (pure). */
    public static List<Assignment> assignmentsOf(IssuedPlan plan, Instant now, ZoneId zone) {
        List<Assignment> assignments = new ArrayList<>();
        for (IssuedPlan.Task task : plan.tasks()) {
            assignments.addAll(assignmentsOf(plan, task, TaskSchedule.instancesOf(plan, task), now,
                    zone));
        }
        return assignments;
    }

    /** One assignment per instance, lead and coordinator; none for a task without lead. */
    static List<Assignment> assignmentsOf(IssuedPlan plan, IssuedPlan.Task task,
            List<TaskInstance> instances, Instant now, ZoneId zone) {
        List<Assignment> assignments = new ArrayList<>();
        if (!task.hasLead()) {
            return assignments;
        }
        for (TaskInstance instance : instances) {
            LinkedHashSet<String> leads = new LinkedHashSet<>(task.leadUnits());
            for (String unit : leads) {
                assignments.add(assignment(plan, task, instance, unit, AssignmentRole.LEAD, now, zone));
            }
            for (String unit : new LinkedHashSet<>(task.coordinatorUnits())) {
                if (!leads.contains(unit)) {
                    assignments.add(assignment(plan, task, instance, unit, AssignmentRole.COORDINATOR,
                            now, zone));
                }
            }
        }
        return assignments;
    }

    private static Assignment assignment(IssuedPlan plan, IssuedPlan.Task task, TaskInstance instance,
            String unit, AssignmentRole role, Instant now, ZoneId zone) {
        String id = Assignment.idOf(plan.planId(), task.taskId(), unit, instance.key());
        TaskAssigned event = new TaskAssigned(eventIdFor(id), now, id, plan.planId(), plan.number(),
                plan.departmentCode(), task.taskId(), task.number(), task.content(), unit, role,
                task.leadUnits(), instance.dueDate(), task.timeframeKind(), instance.key(),
                instance.label());
        PendingEvent pending = Outbox.pending(unit, id, event);
        HistoryEntry line = new HistoryEntry(now, LocalDate.ofInstant(now, zone), AssignmentActions.SYSTEM, "Assign",
                (role == AssignmentRole.LEAD ? "Giao chủ trì" : "Giao phối hợp")
                        + (instance.label() == null ? "" : " (" + instance.label() + ")")
                        + (instance.dueDate() == null ? ", không có hạn" : ", hạn " + DisplayDates.format(instance.dueDate())),
                "task-assigned", event.eventId(), AssignmentStatus.NOT_STARTED, instance.dueDate(), null);
        Origin origin = new Origin(plan.planId(), plan.number(), plan.departmentCode(), task.taskId(), unit, now,
                task.timeframeKind(), instance.key(), instance.label());
        return Assignment.assigned(id, origin, new TaskTerms(role, task.number(), task.content(), task.leadUnits()),
                Deadline.of(instance.dueDate()), line, pending);
    }

    /** The same assignment always announces itself with the same event id. */
    private static String eventIdFor(String assignmentId) {
        return UUID.nameUUIDFromBytes(("task-assigned:" + assignmentId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
