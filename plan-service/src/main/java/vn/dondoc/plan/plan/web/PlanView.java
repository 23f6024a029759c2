package vn.dondoc.plan.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.plan.plan.Plan;
import vn.dondoc.plan.plan.PlanStatus;
import vn.dondoc.plan.plan.PlanTask;

/** A plan as the API shows it; {@code unpublishedEvents} tells whether the feed has caught up. */
record PlanView(
        String id,
        String number,
        String title,
        String departmentCode,
        LocalDate issuedOn,
        PlanStatus status,
        Instant registeredAt,
        List<PlanTask> tasks,
        int unpublishedEvents,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        String reportingText,
        List<String> parentPlans,
        List<String> parentPlanIds,
        int planVersion) {

    static PlanView of(Plan plan) {
        return new PlanView(plan.id(), plan.number(), plan.title(), plan.departmentCode(),
                plan.issuedOn(), plan.status(), plan.registeredAt(), plan.tasks(),
                plan.pendingEvents().size(), plan.coverageStart(), plan.coverageEnd(), plan.reportingText(),
                plan.parentPlans(), plan.parentPlanIds(), plan.planVersion());
    }
}
