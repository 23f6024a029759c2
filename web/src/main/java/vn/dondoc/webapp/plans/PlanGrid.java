package vn.dondoc.webapp.plans;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dondoc.webapp.services.Assignment;
import vn.dondoc.webapp.services.Plan;

/**
 * Tasks × units: one row per task, one column per unit named anywhere in the plan, each cell the
 * assignment of that unit for that task (or empty). A recurring task's occurrences share a row; the
 * cell shows the latest.
 */
public record PlanGrid(List<String> units, List<Row> rows) {

    public record Row(Plan.Task task, Map<String, Assignment> cells) {
        public Assignment cell(String unit) {
            return cells.get(unit);
        }
    }

    static PlanGrid of(Plan plan, List<Assignment> assignments) {
        Set<String> units = new LinkedHashSet<>();
        plan.tasks().forEach(task -> {
            units.addAll(task.leadUnits());
            units.addAll(task.coordinatorUnits());
        });
        assignments.forEach(assignment -> units.add(assignment.unitCode()));
        List<Row> rows = new ArrayList<>();
        for (Plan.Task task : plan.tasks()) {
            Map<String, Assignment> cells = assignments.stream()
                    .filter(assignment -> task.number() != null && task.number().equals(assignment.taskNumber()))
                    .collect(Collectors.toMap(Assignment::unitCode, assignment -> assignment, (a, b) -> b));
            rows.add(new Row(task, cells));
        }
        return new PlanGrid(List.copyOf(units), rows);
    }
}
