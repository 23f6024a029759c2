package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * reporting-service's rollup of a plan of UBND tỉnh for a period: per task the departments it names,
 * per department its child plans and their figures.
 */
public record Rollup(String planId, String number, String title, LocalDate issuedOn, String periodKey,
        String periodLabel, LocalDate windowStart, LocalDate windowEnd, LocalDate asOf, List<TaskRow> tasks,
        List<DepartmentRow> departments, String completionRateFormula, String onTimeRateFormula) {

    public Rollup {
        tasks = tasks == null ? List.of() : tasks;
        departments = departments == null ? List.of() : departments;
    }

    /** Child plan ids by their numbers, to link a task's departments to their plans. */
    public Map<String, String> childPlanIds() {
        return departments.stream().flatMap(d -> d.childPlans().stream())
                .collect(Collectors.toMap(ChildPlan::number, ChildPlan::planId, (a, b) -> a));
    }

    public record TaskRow(String taskId, String number, String content, List<TaskDepartment> departments) {
        public TaskRow {
            departments = departments == null ? List.of() : departments;
        }
    }

    public record TaskDepartment(String departmentCode, String unitCode, String role, List<String> childPlans) {
        public TaskDepartment {
            childPlans = childPlans == null ? List.of() : childPlans;
        }

        public boolean lead() {
            return "LEAD".equals(role);
        }
    }

    public record DepartmentRow(String departmentCode, List<ChildPlan> childPlans, PlanFigures childPlanFigures,
            PlanFigures provincialTaskFigures) {
        public DepartmentRow {
            childPlans = childPlans == null ? List.of() : childPlans;
        }
    }

    /** The lead and coordinator rows of the matrix. */
    public record PlanFigures(Figures.Row lead, Figures.Row coordinator) {
    }

    public record ChildPlan(String planId, String number, String title, LocalDate issuedOn) {
    }
}
