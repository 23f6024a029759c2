package vn.dondoc.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.eventing.PendingEvent;

/**
 * A plan (Kế hoạch) issued by a department, or by UBND tỉnh ({@code departmentCode} {@code UBND}).
 * The document also holds the events its changes produced until the relay has published them.
 *
 * @param parentPlans   numbers of the plans it implements, as cited ("22/KH-UBND")
 * @param parentPlanIds the registered plans of UBND tỉnh those citations resolved to at issue
 */
@Document("plans")
@CompoundIndex(name = "department_number", def = "{'departmentCode': 1, 'number': 1}", unique = true)
@CompoundIndex(name = "parent_plan_ids", def = "{'parentPlanIds': 1}")
@CompoundIndex(name = "parent_plans", def = "{'parentPlans': 1}") // plans citing a number (GET /plans?parent=)
@CompoundIndex(name = "department_issued", def = "{'departmentCode': 1, 'issuedOn': -1, '_id': 1}") // a department's plans, a page at a time
public record Plan(
        @Id String id,
        String number,
        String title,
        String departmentCode,
        LocalDate issuedOn,
        List<PlanTask> tasks,
        PlanStatus status,
        Instant registeredAt,
        List<PendingEvent> pendingEvents,
        @Version Long version,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        String reportingText,
        List<String> reportingPeriods,
        List<String> parentPlans,
        Integer planVersion,
        List<String> parentPlanIds) {

    public Plan {
        planVersion = planVersion == null ? 1 : planVersion;
        tasks = List.copyOf(tasks);
        reportingPeriods = reportingPeriods == null ? List.of() : List.copyOf(reportingPeriods);
        parentPlans = parentPlans == null ? List.of() : List.copyOf(parentPlans);
        parentPlanIds = parentPlanIds == null ? List.of() : List.copyOf(parentPlanIds);
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }

    /** A newly issued plan together with the event that announces it. */
    static Plan issued(String id, PlanContent content, Instant now, PendingEvent announcement) {
        return new Plan(id, content.number(), content.title(), content.departmentCode(),
                content.issuedOn(), content.tasks(), PlanStatus.ISSUED, now,
                new ArrayList<>(List.of(announcement)), null, content.coverageStart(), content.coverageEnd(),
                content.reportingText(), content.reportingPeriods(), content.parentPlans(), 1,
                content.parentPlanIds());
    }
}
