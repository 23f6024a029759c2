package vn.dondoc.reporting.obligation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * A plan as {@code plan-issued} announced it, with the registered plans of UBND tỉnh it implements
 * ({@code parentPlanIds}) and its tasks' units; inserted once (id: plan id).
 */
@CompoundIndex(name = "parents", def = "{'parentPlanIds': 1}") // the child plans of a provincial plan
@CompoundIndex(name = "leads", def = "{'tasks.leadUnits': 1}") // the event-driven tasks a unit leads ("không phát sinh")
@Document("plan_links")
public record PlanLink(@Id String planId, String number, String title, String departmentCode, LocalDate issuedOn,
        List<String> parentPlanIds, List<Task> tasks, String eventId) {

    public PlanLink {
        parentPlanIds = parentPlanIds == null ? List.of() : List.copyOf(parentPlanIds);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /**
     * One task with the units it names and its timeframe kind ({@code null} in links stored before it
     * was kept).
     */
    public record Task(String taskId, String number, String content, List<String> leadUnits,
            List<String> coordinatorUnits, String timeframeKind) {

        public Task {
            leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
            coordinatorUnits = coordinatorUnits == null ? List.of() : List.copyOf(coordinatorUnits);
        }

        public Task(String taskId, String number, String content, List<String> leadUnits,
                List<String> coordinatorUnits) {
            this(taskId, number, content, leadUnits, coordinatorUnits, null);
        }
    }

    public static PlanLink of(PlanIssued plan, String eventId) {
        return new PlanLink(plan.planId(), plan.number(), plan.title(), plan.departmentCode(), plan.issuedOn(),
                plan.parentPlanIds(), plan.tasks().stream().map(task -> new Task(task.taskId(), task.number(),
                        task.content(), task.leadUnits(), task.coordinatorUnits(), task.timeframeKind())).toList(),
                eventId);
    }

    /**
     * The lead units of its event-driven tasks: each reports "không phát sinh" for the periods without
     * an occurrence, so each owes the reports (and is a row of its department's report) before any
     * occurrence gives it an assignment.
     */
    public List<String> eventDrivenLeads() {
        return tasks.stream().filter(task -> TimeframeKind.EVENT_DRIVEN.is(task.timeframeKind()))
                .flatMap(task -> task.leadUnits().stream()).distinct().toList();
    }

    /** A plan of UBND tỉnh (the province scope). */
    public boolean provincial() {
        return PlanIssued.PROVINCE_SCOPE.equals(departmentCode);
    }
}
