package vn.dondoc.plan.plan.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.plan.plan.Plan;
import vn.dondoc.plan.plan.PlanLifecycle;
import vn.dondoc.plan.plan.PlanRegistration;
import vn.dondoc.plan.plan.Plans;

/** Registers and reads plans. */
@RestController
@RequestMapping("/plans")
class PlanController {

    private final PlanRegistration registration;
    private final PlanLifecycle lifecycle;
    private final Plans plans;

    PlanController(PlanRegistration registration, PlanLifecycle lifecycle, Plans plans) {
        this.registration = registration;
        this.lifecycle = lifecycle;
        this.plans = plans;
    }

    /** A new version of the plan; publishes {@code plan-amended} with what changed. */
    @PostMapping("/{planId}/amendments")
    ResponseEntity<PlanView> amend(@PathVariable String planId, @Valid @RequestBody AmendPlanRequest request) {
        return ResponseEntity.of(lifecycle.amend(planId, request.title(), request.planTasks(), request.reason().strip())
                .map(PlanView::of));
    }

    /** Withdraws (thu hồi) the plan; publishes {@code plan-withdrawn}. */
    @PostMapping("/{planId}/withdrawal")
    ResponseEntity<PlanView> withdraw(@PathVariable String planId, @Valid @RequestBody WithdrawPlanRequest request) {
        return ResponseEntity.of(lifecycle.withdraw(planId, request.reason().strip()).map(PlanView::of));
    }

    @PostMapping
    ResponseEntity<PlanView> register(@Valid @RequestBody RegisterPlanRequest request) {
        Plan plan = registration.register(request.toContent());
        return ResponseEntity.created(URI.create("/plans/" + plan.id())).body(PlanView.of(plan));
    }

    @GetMapping("/{planId}")
    ResponseEntity<PlanView> plan(@PathVariable String planId) {
        return ResponseEntity.of(plans.findById(planId).map(PlanView::of));
    }

    /** The department plans that implement a provincial plan, e.g. {@code ?parent=38/KH-UBND}. */
    @GetMapping(params = "parent")
    List<PlanView> childrenOf(@RequestParam String parent) {
        return plans.findByParentPlansOrderByIssuedOnDesc(parent.replaceAll("\\s+", "")).stream()
                .map(PlanView::of).toList();
    }

    @GetMapping(params = "department")
    List<PlanView> plansOf(@RequestParam String department) {
        return plans.findByDepartmentCodeOrderByIssuedOnDesc(department).stream()
                .map(PlanView::of).toList();
    }
}
