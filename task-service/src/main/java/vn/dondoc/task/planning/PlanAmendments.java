package vn.dondoc.task.planning;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentActions;
import vn.dondoc.task.assignment.AssignmentCommand;
import vn.dondoc.task.assignment.TaskTerms;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.plan.PlanCopy;

/**
 * Brings the assignments of an amended plan in line with its new version: units new on a task are
 * assigned ({@code task-assigned}), open assignments of units or tasks no longer in the plan are
 * withdrawn ({@code task-withdrawn}), open assignments whose plan deadline moved get the new one
 * ({@code task-due-date-changed}), open assignments whose unit changed role on the task (lead ↔
 * coordinator) or whose task changed number, content or lead units take them over
 * ({@code task-assignment-changed}). Closed assignments (completed, refused, withdrawn) stay as
 * they are. Every effect has an id or request id derived from the plan version, so a redelivered
 * amendment changes nothing; an older version than the one applied is ignored.
 */
@Service
public class PlanAmendments {

    private final MongoOperations mongo;
    private final TaskAssignment assignment;
    private final AssignmentActions actions;
    private final Clock clock;

    PlanAmendments(MongoOperations mongo, TaskAssignment assignment, AssignmentActions actions,
            Clock clock) {
        this.mongo = mongo;
        this.assignment = assignment;
        this.actions = actions;
        this.clock = clock;
    }

    /** What an amendment did to the assignments. */
    public record Outcome(int assigned, int withdrawn, int dueDatesChanged, int assignmentsChanged) {
    }

    public Outcome amend(String planId, int planVersion, String reason, List<IssuedPlan.Task> tasks) {
        PlanCopy copy = mongo.findById(planId, PlanCopy.class);
        if (copy == null) {
            throw new PlanNotYetKnownException(planId);
        }
        if (copy.withdrawn() || planVersion < copy.planVersion()) {
            return new Outcome(0, 0, 0, 0);
        }
        if (planVersion > copy.planVersion()) {
            mongo.updateFirst(query(where("_id").is(planId).and("planVersion").lt(planVersion)),
                    new Update().set("tasks", tasks).set("planVersion", planVersion).inc("version", 1),
                    PlanCopy.class);
            copy = mongo.findById(planId, PlanCopy.class);
            if (copy.withdrawn() || copy.planVersion() != planVersion) {
                return new Outcome(0, 0, 0, 0);
            }
        }
        return reconcile(copy, reason);
    }

    private Outcome reconcile(PlanCopy copy, String reason) {
        IssuedPlan plan = copy.effectivePlan();
        String requestId = "plan-amended:v" + copy.planVersion();
        List<Assignment> desired = TaskAssignment.assignmentsOf(plan, clock.instant(), clock.getZone());
        Map<String, Assignment> stored = mongo.find(query(where("planId").is(plan.planId())),
                Assignment.class).stream().collect(Collectors.toMap(Assignment::id, Function.identity()));
        int assigned = assignment.insert(desired);
        int changed = 0;
        for (Assignment wanted : desired) {
            Assignment current = stored.get(wanted.id());
            if (current != null && current.work().status().isOpen()
                    && !Objects.equals(current.deadline().originalDueDate(), wanted.deadline().dueDate())) {
                changed += actions.actAsSystem(current.id(), new AssignmentCommand.ChangeDueDate(
                        wanted.deadline().dueDate(), copy.planVersion(), reason), requestId + ":due-date") ? 1 : 0;
            }
        }
        Set<String> wantedIds = desired.stream().map(Assignment::id).collect(Collectors.toSet());
        Set<String> unitsOnTasks = new HashSet<>();
        for (IssuedPlan.Task task : plan.tasks()) {
            task.leadUnits().forEach(unit -> unitsOnTasks.add(task.taskId() + ":" + unit));
            task.coordinatorUnits().forEach(unit -> unitsOnTasks.add(task.taskId() + ":" + unit));
        }
        Predicate<Assignment> kept = current -> wantedIds.contains(current.id())
                || current.origin().isOccurrence()
                        && unitsOnTasks.contains(current.origin().taskId() + ":" + current.origin().unitCode());
        int assignmentsChanged = 0;
        for (Assignment current : stored.values()) {
            IssuedPlan.Task task = plan.task(current.origin().taskId());
            if (kept.test(current) && task != null && current.work().status().isOpen()) {
                AssignmentCommand.ChangeAssignment change = changeTo(task, current.origin().unitCode(),
                        copy.planVersion(), reason);
                if (change.changes(current)) {
                    assignmentsChanged += actions.actAsSystem(current.id(), change,
                            requestId + ":assignment") ? 1 : 0;
                }
            }
        }
        String why = "Kế hoạch " + plan.number() + " sửa đổi (phiên bản " + copy.planVersion()
                + ") không còn giao việc này" + (reason == null || reason.isBlank() ? "" : ": " + reason);
        int withdrawn = 0;
        for (Assignment current : stored.values()) {
            if (current.work().status().isOpen() && !kept.test(current)) {
                withdrawn += actions.actAsSystem(current.id(), new AssignmentCommand.Withdraw(why),
                        requestId + ":withdraw") ? 1 : 0;
            }
        }
        return new Outcome(assigned, withdrawn, changed, assignmentsChanged);
    }

    /** What the task of the new version makes of a unit's assignment; a lead is not also a coordinator. */
    private static AssignmentCommand.ChangeAssignment changeTo(IssuedPlan.Task task, String unitCode,
            int planVersion, String reason) {
        AssignmentRole role = task.leadUnits().contains(unitCode) ? AssignmentRole.LEAD
                : AssignmentRole.COORDINATOR;
        return new AssignmentCommand.ChangeAssignment(new TaskTerms(role, task.number(), task.content(),
                task.leadUnits()), planVersion, reason);
    }
}
