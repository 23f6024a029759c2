package vn.dondoc.task.planning;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.security.Caller;
import vn.dondoc.task.access.ForbiddenActionException;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.InvalidCommandException;
import vn.dondoc.task.assignment.Origin;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.plan.PlanCopy;
import vn.dondoc.task.plan.TaskInstance;
import vn.dondoc.task.plan.TaskSchedule;

/**
 * The office's work on the tasks of issued plans: the "needs assignment" list (tasks without a
 * lead), designating units for a task (also the "có liên quan" ones), recording an occurrence of an
 * event-driven or externally scheduled task. Designations are kept in the {@link PlanCopy}, so an
 * amendment keeps them; every new assignment is inserted once with its {@code task-assigned}.
 */
@Service
public class PlanTasks {

    private static final int ATTEMPTS = 5;

    private final MongoOperations mongo;
    private final TaskAssignment assignment;
    private final Clock clock;

    PlanTasks(MongoOperations mongo, TaskAssignment assignment, Clock clock) {
        this.mongo = mongo;
        this.assignment = assignment;
        this.clock = clock;
    }

    /** A task waiting for the office to name its lead unit or the units its phrases stand for. */
    public record Unassigned(String planId, String planNumber, IssuedPlan.Task task) {

        /** Why it waits, in Vietnamese. */
        public String reason() {
            if (!task.hasLead()) {
                return "Chưa có đơn vị chủ trì";
            }
            List<String> parts = new ArrayList<>();
            if (!task.leadUnitsToDesignate().isEmpty()) {
                parts.add("Cần chỉ định đơn vị chủ trì: «" + String.join("; ", task.leadUnitsToDesignate()) + "»");
            }
            if (!task.coordinatorUnitsToDesignate().isEmpty()) {
                parts.add("Cần chỉ định đơn vị phối hợp: «" + String.join("; ", task.coordinatorUnitsToDesignate())
                        + "»");
            }
            return String.join("; ", parts);
        }
    }

    /**
     * Tasks of plans in force that have no lead unit, or name units by a phrase ("có liên quan")
     * for which the office has designated none yet.
     */
    public List<Unassigned> needingAssignment(String planId) {
        return needingAssignment(planId, null);
    }

    /** As {@link #needingAssignment(String)}, of one department's plans ({@code null}: every department's). */
    public List<Unassigned> needingAssignment(String planId, String department) {
        Query plans = query(where("withdrawn").is(false));
        if (department != null) {
            plans.addCriteria(where("departmentCode").is(department));
        }
        if (planId != null) {
            plans.addCriteria(where("_id").is(planId));
        }
        List<Unassigned> items = new ArrayList<>();
        for (PlanCopy copy : mongo.find(plans.with(Sort.by(Sort.Order.asc("_id"))), PlanCopy.class)) {
            copy.effectivePlan().tasks().stream()
                    .filter(task -> !task.hasLead() || task.hasUnitsToDesignate() && copy.designations().stream()
                            .noneMatch(designation -> designation.taskId().equals(task.taskId())))
                    .forEach(task -> items.add(new Unassigned(copy.id(), copy.number(), task)));
        }
        return items;
    }

    /** Adds the units to the task and assigns them; returns the task's assignments. */
    public List<Assignment> designate(String planId, String taskId, List<String> leads,
            List<String> coordinators) {
        return designate(planId, taskId, leads, coordinators, null);
    }

    /**
     * As {@link #designate(String, String, List, List)}, for the office of a department: another
     * department's plan is answered as absent, and the units must be the plan's department's.
     */
    public List<Assignment> designate(String planId, String taskId, List<String> leads,
            List<String> coordinators, String department) {
        if (leads.isEmpty() && coordinators.isEmpty()) {
            throw new InvalidCommandException("leadUnits", "Cần chỉ định ít nhất một đơn vị");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PlanCopy copy = inForce(planId, department);
            requireOwnUnits(copy, leads, "leadUnits");
            requireOwnUnits(copy, coordinators, "coordinatorUnits");
            task(copy, taskId);
            PlanCopy changed = copy.designate(taskId, leads, coordinators);
            IssuedPlan plan = changed.effectivePlan();
            IssuedPlan.Task task = plan.task(taskId);
            if (!task.hasLead()) {
                throw new InvalidCommandException("leadUnits", "Nhiệm vụ " + task.number()
                        + " chưa có đơn vị chủ trì: cần chỉ định ít nhất một đơn vị chủ trì");
            }
            try {
                mongo.save(changed);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                continue;
            }
            assignment.insert(TaskAssignment.assignmentsOf(plan, task,
                    TaskSchedule.instancesOf(plan, task), clock.instant(), clock.getZone()));
            return mongo.find(query(where("planId").is(planId).and("taskId").is(taskId)),
                    Assignment.class);
        }
        throw new OptimisticLockingFailureException("Kế hoạch " + planId
                + " đang được cập nhật đồng thời, vui lòng thử lại");
    }

    /**
     * Assigns one occurrence of the task to its units, due on the given date. The occurrence key
     * derives from the request id, so the same request records it once.
     */
    public List<Assignment> recordOccurrence(String planId, String taskId, LocalDate dueDate,
            String description, String requestId) {
        return recordOccurrence(planId, taskId, dueDate, description, requestId, null);
    }

    /** As {@link #recordOccurrence(String, String, LocalDate, String, String)}, within a department's wall. */
    public List<Assignment> recordOccurrence(String planId, String taskId, LocalDate dueDate,
            String description, String requestId, String department) {
        String key = Origin.OCCURRENCE + UUID.nameUUIDFromBytes((planId + ":" + taskId + ":"
                + requestId).getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
        TaskInstance occurrence = new TaskInstance(key, description.strip(), dueDate);
        PlanCopy copy = inForce(planId, department);
        IssuedPlan plan = copy.effectivePlan();
        IssuedPlan.Task task = task(copy, taskId);
        if (!task.byOccurrence()) {
            throw new PlanTaskConflictException("Nhiệm vụ " + task.number() + " có thời hạn «"
                    + (task.timeframeText() == null ? "không rõ" : task.timeframeText())
                    + "»: chỉ nhiệm vụ «khi phát sinh» hoặc «theo kế hoạch, lịch» mới ghi nhận lần phát sinh");
        }
        if (!task.hasLead()) {
            throw new PlanTaskConflictException("Nhiệm vụ " + task.number()
                    + " chưa có đơn vị chủ trì: hãy chỉ định đơn vị trước khi ghi nhận lần phát sinh");
        }
        assignment.insert(TaskAssignment.assignmentsOf(plan, task, List.of(occurrence),
                clock.instant(), clock.getZone()));
        return mongo.find(query(where("planId").is(planId).and("taskId").is(taskId)
                .and("instanceKey").is(occurrence.key())), Assignment.class);
    }

    /** A unit code belongs to its department: a plan's units are its department's (a plan of UBND tỉnh: the departments'). */
    private static void requireOwnUnits(PlanCopy copy, List<String> units, String field) {
        units.stream().filter(unit -> copy.departmentCode() != null
                        && !Caller.mayName(copy.departmentCode(), unit)).findFirst()
                .ifPresent(unit -> {
                    throw new InvalidCommandException(field, "Đơn vị " + unit + " không thuộc "
                            + copy.departmentCode() + ", cơ quan ban hành kế hoạch " + copy.number());
                });
    }

    /** The plan, if in force; another department's ({@code department} not null) is answered as absent. */
    private PlanCopy inForce(String planId, String department) {
        PlanCopy copy = mongo.findById(planId, PlanCopy.class);
        if (copy == null || copy.planVersion() == 0 && copy.withdrawn()) {
            throw new PlanTaskNotFoundException("Không tìm thấy kế hoạch " + planId);
        }
        if (Caller.PROVINCE_SCOPE.equals(department) && !department.equals(copy.departmentCode())) {
            // the province reads every department's plans: no secret to keep, a plain refusal
            throw new ForbiddenActionException("Văn phòng UBND tỉnh chỉ chỉ định đơn vị và ghi nhận lần phát sinh"
                    + " cho kế hoạch của UBND tỉnh, không cho kế hoạch " + copy.number());
        }
        if (department != null && !department.equals(copy.departmentCode())) {
            throw new PlanTaskNotFoundException("Không tìm thấy kế hoạch " + planId);
        }
        if (copy.withdrawn()) {
            throw new PlanTaskConflictException("Kế hoạch " + copy.number() + " đã bị thu hồi");
        }
        return copy;
    }

    private static IssuedPlan.Task task(PlanCopy copy, String taskId) {
        IssuedPlan.Task task = copy.effectivePlan().task(taskId);
        if (task == null) {
            throw new PlanTaskNotFoundException("Kế hoạch " + copy.number()
                    + " không có nhiệm vụ " + taskId);
        }
        return task;
    }
}
