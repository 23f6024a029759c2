package vn.dondoc.reporting.obligation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.PlanIssued;

/**
 * A plan as {@code plan-issued} announced it, with the registered plans of UBND tỉnh it implements
 * ({@code parentPlanIds}) and its tasks' units; inserted once (id: plan id).
 */
@CompoundIndex(name = "parents", def = "{'parentPlanIds': 1}") // the child plans of a provincial plan
@Document("plan_links")
public record PlanLink(@Id String planId, String number, String title, String departmentCode, LocalDate issuedOn,
        List<String> parentPlanIds, List<Task> tasks, String eventId) {

    public PlanLink {
        parentPlanIds = parentPlanIds == null ? List.of() : List.copyOf(parentPlanIds);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** One task with the units it names. */
    public record Task(String taskId, String number, String content, List<String> leadUnits,
            List<String> coordinatorUnits) {
    }

    public static PlanLink of(PlanIssued plan, String eventId) {
        return new PlanLink(plan.planId(), plan.number(), plan.title(), plan.departmentCode(), plan.issuedOn(),
                plan.parentPlanIds(), plan.tasks().stream().map(task -> new Task(task.taskId(), task.number(),
                        task.content(), task.leadUnits(), task.coordinatorUnits())).toList(), eventId);
    }

    /** A plan of UBND tỉnh (the province scope). */
    public boolean provincial() {
        return PlanIssued.PROVINCE_SCOPE.equals(departmentCode);
    }
}
