package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.reporting.obligation.PlanCoverage;
import vn.dondoc.reporting.obligation.PlanLink;
import vn.dondoc.vocabulary.Coverage;
import vn.dondoc.vocabulary.GovernmentOfficeColumn;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * "Không phát sinh" (domain guide §3, §5): an EVENT_DRIVEN or ANCHORED_EXTERNAL task counts once for
 * each of its lead units in a period where it is in force — its plan issued by the as-of date and its
 * coverage ({@link Coverage}) overlapping the window as far as that date — and no occurrence
 * assignment of that unit on that task counts. The tasks come from {@code plan-issued}
 * ({@link PlanLink}); the occurrences from {@code task-assigned}.
 */
final class NotOccurred {

    private NotOccurred() {
    }

    /** An assignment and what was true of it at the as-of date. */
    record Counted(AssignedTask task, AssignmentFacts facts) {
    }

    /**
     * @param units    which lead units to count
     * @param assignments the assignments of those units under those plans, with their facts
     */
    static long count(Collection<PlanLink> plans, Map<String, PlanCoverage> coverages, Predicate<String> units,
            List<Counted> assignments, LocalDate windowStart, LocalDate asOf) {
        long count = 0;
        for (PlanLink plan : plans) {
            if (!inForce(plan, coverages.get(plan.planId()), windowStart, asOf)) {
                continue;
            }
            for (PlanLink.Task task : plan.tasks()) {
                if (!TimeframeKind.byOccurrence(task.timeframeKind())) {
                    continue;
                }
                for (String unit : task.leadUnits()) {
                    if (units.test(unit) && !occurred(assignments, plan.planId(), task.taskId(), unit, windowStart, asOf)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static boolean inForce(PlanLink plan, PlanCoverage known, LocalDate windowStart, LocalDate asOf) {
        Coverage coverage = known == null ? Coverage.of(null, null, plan.issuedOn())
                : new Coverage(known.coverageStart(), known.coverageEnd());
        return (plan.issuedOn() == null || !plan.issuedOn().isAfter(asOf)) && coverage.overlaps(windowStart, asOf);
    }

    /** Whether an occurrence of the unit on the task counts in the period, in the lead role. */
    private static boolean occurred(List<Counted> assignments, String planId, String taskId, String unit,
            LocalDate windowStart, LocalDate asOf) {
        return assignments.stream().anyMatch(counted -> unit.equals(counted.task().unitCode())
                && planId.equals(counted.task().planId()) && taskId.equals(counted.task().taskId())
                && counted.facts().role() == AssignmentRole.LEAD
                && MatrixCounting.columnOf(counted.facts(), windowStart, asOf) != GovernmentOfficeColumn.NOT_COUNTED);
    }
}
