package vn.dondoc.reporting.provincialplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.dondoc.reporting.obligation.PlanLink;
import vn.dondoc.reporting.obligation.PlanLinks;
import vn.dondoc.reporting.provincialplan.Rollup.ChildPlan;
import vn.dondoc.reporting.provincialplan.Rollup.DepartmentRow;
import vn.dondoc.reporting.provincialplan.Rollup.TaskDepartment;
import vn.dondoc.reporting.provincialplan.Rollup.TaskRow;
import vn.dondoc.reporting.unitfigures.MatrixCounting;
import vn.dondoc.reporting.unitfigures.RoleFigures;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.security.Caller;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * Rolls a plan of UBND tỉnh up from its departments: the departments its tasks name (a unit code's
 * department is the part before the first dot, so {@code SKHCN.VP} is SKHCN; the province's own
 * units, {@code UBND.*}, are not departments), the department plans linked to it as children, and
 * each department's figures for the period counted from the assignments of those child plans.
 */
@Service
public class ProvincialRollup {

    private final PlanLinks links;
    private final UnitFigures figures;

    ProvincialRollup(PlanLinks links, UnitFigures figures) {
        this.links = links;
        this.figures = figures;
    }

    /**
     * @param shown which departments' rows the caller sees (the province: all; an office: its own)
     * @return empty when the plan is not a known plan of UBND tỉnh
     */
    public Optional<Rollup> of(String planId, ReportingPeriod period, LocalDate asOf, Predicate<String> shown) {
        Optional<PlanLink> found = links.plan(planId).filter(PlanLink::provincial);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PlanLink plan = found.get();
        Map<String, List<PlanLink>> children = links.childrenOf(planId).stream()
                .filter(child -> shown.test(child.departmentCode()))
                .collect(Collectors.groupingBy(PlanLink::departmentCode, TreeMap::new, Collectors.toList()));
        List<TaskRow> tasks = plan.tasks().stream().map(task -> new TaskRow(task.taskId(), task.number(),
                task.content(), departments(task, children, shown))).toList();
        TreeSet<String> codes = new TreeSet<>(children.keySet());
        tasks.forEach(task -> task.departments().forEach(department -> codes.add(department.departmentCode())));
        List<DepartmentRow> rows = codes.stream().map(code -> row(plan, code, children.getOrDefault(code, List.of()),
                period, asOf)).toList();
        return Optional.of(new Rollup(plan.planId(), plan.number(), plan.title(), plan.issuedOn(), period.key(),
                period.label(), period.windowStart(), period.windowEnd(),
                MatrixCounting.effectiveAsOf(asOf, period.windowEnd()), tasks, rows,
                RoleFigures.COMPLETION_RATE_FORMULA, RoleFigures.ON_TIME_RATE_FORMULA));
    }

    private static List<TaskDepartment> departments(PlanLink.Task task, Map<String, List<PlanLink>> children,
            Predicate<String> shown) {
        List<TaskDepartment> departments = new ArrayList<>();
        task.leadUnits().forEach(unit -> add(departments, unit, "LEAD", children, shown));
        task.coordinatorUnits().forEach(unit -> add(departments, unit, "COORDINATOR", children, shown));
        return departments;
    }

    private static void add(List<TaskDepartment> departments, String unit, String role,
            Map<String, List<PlanLink>> children, Predicate<String> shown) {
        String department = Caller.departmentOf(unit);
        if (Caller.PROVINCE_SCOPE.equals(department) || !shown.test(department)) {
            return;
        }
        departments.add(new TaskDepartment(department, unit, role, children.getOrDefault(department, List.of())
                .stream().map(PlanLink::number).toList()));
    }

    private DepartmentRow row(PlanLink plan, String department, List<PlanLink> children, ReportingPeriod period,
            LocalDate asOf) {
        Predicate<String> ofDepartment = unit -> department.equals(Caller.departmentOf(unit));
        return new DepartmentRow(department, children.stream().map(child -> new ChildPlan(child.planId(),
                        child.number(), child.title(), child.issuedOn())).toList(),
                figures.ofPlans(children.stream().map(PlanLink::planId).toList(), ofDepartment, period, asOf),
                figures.ofPlans(List.of(plan.planId()), ofDepartment, period, asOf));
    }
}
