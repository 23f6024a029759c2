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
import vn.dondoc.plan.plan.PlanRegistration;
import vn.dondoc.plan.plan.Plans;

/** Registers and reads plans. */
@RestController
@RequestMapping("/plans")
class PlanController {

    private final PlanRegistration registration;
    private final Plans plans;

    PlanController(PlanRegistration registration, Plans plans) {
        this.registration = registration;
        this.plans = plans;
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
