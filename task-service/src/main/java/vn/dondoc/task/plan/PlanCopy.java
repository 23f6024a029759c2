package vn.dondoc.task.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * task-service's copy of an issued plan: its current version's tasks, the units the office
 * designated for them, and whether it was withdrawn. A {@code plan-withdrawn} that arrives before
 * its {@code plan-issued} leaves a withdrawn copy (version 0), so the late plan assigns nobody.
 *
 * @param planVersion  1 when issued, then the version of the last amendment applied
 * @param designations units the office designated for tasks without lead or "có liên quan"
 */
// the "needs assignment" list reads a department's plans in force
@CompoundIndex(name = "department_withdrawn", def = "{'departmentCode': 1, 'withdrawn': 1}")
@Document("plans")
// the type hint stored copies carry since before the package split: the documents keep their exact shape
@TypeAlias("vn.dondoc.task.assignment.PlanCopy")
public record PlanCopy(
        @Id String id,
        String number,
        String departmentCode,
        int planVersion,
        boolean withdrawn,
        String withdrawalReason,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        List<String> reportingPeriods,
        List<IssuedPlan.Task> tasks,
        List<Designation> designations,
        @Version Long version) {

    public PlanCopy {
        reportingPeriods = reportingPeriods == null ? List.of() : List.copyOf(reportingPeriods);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        designations = designations == null ? List.of() : List.copyOf(designations);
    }

    public static PlanCopy of(IssuedPlan plan) {
        return new PlanCopy(plan.planId(), plan.number(), plan.departmentCode(), 1, false, null,
                plan.coverageStart(), plan.coverageEnd(), plan.reportingPeriods(), plan.tasks(),
                List.of(), null);
    }

    /** The plan with the office's designations added to its tasks' units. */
    public IssuedPlan effectivePlan() {
        List<IssuedPlan.Task> effective = tasks.stream().map(task -> designations.stream()
                .filter(designation -> designation.taskId().equals(task.taskId()))
                .findFirst()
                .map(designation -> task.withUnits(union(task.leadUnits(), designation.leadUnits()),
                        union(task.coordinatorUnits(), designation.coordinatorUnits())))
                .orElse(task)).toList();
        return new IssuedPlan(id, number, departmentCode, effective, coverageStart, coverageEnd,
                reportingPeriods);
    }

    /** The copy with more units designated for a task. */
    public PlanCopy designate(String taskId, List<String> leads, List<String> coordinators) {
        List<Designation> changed = new ArrayList<>();
        Designation merged = new Designation(taskId, leads, coordinators);
        for (Designation designation : designations) {
            if (designation.taskId().equals(taskId)) {
                merged = new Designation(taskId, union(designation.leadUnits(), leads),
                        union(designation.coordinatorUnits(), coordinators));
            } else {
                changed.add(designation);
            }
        }
        changed.add(merged);
        return new PlanCopy(id, number, departmentCode, planVersion, withdrawn, withdrawalReason,
                coverageStart, coverageEnd, reportingPeriods, tasks, changed, version);
    }

    private static List<String> union(List<String> first, List<String> second) {
        LinkedHashSet<String> all = new LinkedHashSet<>(first);
        all.addAll(second == null ? List.of() : second);
        return List.copyOf(all);
    }

    /** Units the office designated for one task. */
    public record Designation(String taskId, List<String> leadUnits, List<String> coordinatorUnits) {

        public Designation {
            leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
            coordinatorUnits = coordinatorUnits == null ? List.of() : List.copyOf(coordinatorUnits);
        }
    }
}
