package vn.dondoc.reporting.provincialplan;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.reporting.unitfigures.PlanFigures;

/**
 * What the provincial office sees of one plan of UBND tỉnh for one period: per task, the
 * departments it names and whether each has a child plan; per department, its child plans and
 * their figures (the Government Office matrix over every assignment of those plans, lead and
 * coordinator apart), beside the figures of the provincial plan's own tasks given to the
 * department. A child plan implements the whole provincial plan, so figures are per department,
 * not per task.
 */
public record Rollup(String planId, String number, String title, LocalDate issuedOn, String periodKey,
        String periodLabel, LocalDate windowStart, LocalDate windowEnd, LocalDate asOf, List<TaskRow> tasks,
        List<DepartmentRow> departments, String completionRateFormula, String onTimeRateFormula) {

    /** One task of the provincial plan and the departments it names. */
    public record TaskRow(String taskId, String number, String content, List<TaskDepartment> departments) {
    }

    /**
     * A department named by a task, through its office's unit code, as lead or coordinator.
     *
     * @param childPlans the numbers of the department's plans linked to the provincial plan
     */
    public record TaskDepartment(String departmentCode, String unitCode, String role, List<String> childPlans) {
    }

    /**
     * A department's child plans of the provincial plan and the figures for the period.
     *
     * @param childPlanFigures     over every assignment of its child plans (all its units)
     * @param provincialTaskFigures over the provincial plan's own assignments to the department (its office)
     */
    public record DepartmentRow(String departmentCode, List<ChildPlan> childPlans, PlanFigures childPlanFigures,
            PlanFigures provincialTaskFigures) {
    }

    /** A department plan linked to the provincial plan as its child. */
    public record ChildPlan(String planId, String number, String title, LocalDate issuedOn) {
    }
}
