package vn.dondoc.plan.plan.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.plan.plan.Plan;
import vn.dondoc.plan.plan.PlanContent;
import vn.dondoc.plan.plan.PlanLifecycle;
import vn.dondoc.plan.plan.PlanListing.PlanFilter;
import vn.dondoc.plan.plan.PlanListing;
import vn.dondoc.plan.plan.PlanRegistration;
import vn.dondoc.plan.plan.PlanStatus;
import vn.dondoc.plan.plan.Plans;
import vn.dondoc.security.Caller;
import vn.dondoc.web.ListPage;

/**
 * Registers and reads plans, each within its department's wall: a plan of another department is
 * answered as absent (404), a list of another department is refused (403).
 */
@RestController
@RequestMapping("/plans")
class PlanController {

    private final PlanRegistration registration;
    private final PlanLifecycle lifecycle;
    private final Plans plans;
    private final PlanListing listing;

    PlanController(PlanRegistration registration, PlanLifecycle lifecycle, Plans plans, PlanListing listing) {
        this.registration = registration;
        this.lifecycle = lifecycle;
        this.plans = plans;
        this.listing = listing;
    }

    /** A new version of the plan; publishes {@code plan-amended} with what changed. */
    @PostMapping("/{planId}/amendments")
    ResponseEntity<PlanView> amend(@PathVariable String planId, @Valid @RequestBody AmendPlanRequest request) {
        if (!changeable(planId)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.of(lifecycle.amend(planId, request.title(), request.planTasks(), request.reason().strip())
                .map(PlanView::of));
    }

    /** Withdraws (thu hồi) the plan; publishes {@code plan-withdrawn}. */
    @PostMapping("/{planId}/withdrawal")
    ResponseEntity<PlanView> withdraw(@PathVariable String planId, @Valid @RequestBody WithdrawPlanRequest request) {
        if (!changeable(planId)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.of(lifecycle.withdraw(planId, request.reason().strip()).map(PlanView::of));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Đã đăng ký; Location: /plans/{planId}", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Số, ký hiệu này đã được đăng ký (trường number)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<PlanView> register(@Valid @RequestBody RegisterPlanRequest request) {
        PlanContent content = request.toContent();
        Caller.current().requireChange(content.departmentCode());
        Plan plan = registration.register(content);
        return ResponseEntity.created(URI.create("/plans/" + plan.id())).body(PlanView.of(plan));
    }

    @GetMapping("/{planId}")
    ResponseEntity<PlanView> plan(@PathVariable String planId) {
        Caller caller = Caller.current();
        return ResponseEntity.of(plans.findById(planId).filter(plan -> caller.mayReadPlanOf(plan.departmentCode()))
                .map(PlanView::of));
    }

    /**
     * The department plans that implement a provincial plan: {@code ?parent=<plan id>} those linked to
     * that registered plan of UBND tỉnh, {@code ?parent=38/KH-UBND} those citing the number; the
     * caller's department's (the province: all); a page ({@link ListPage}), newest first.
     */
    @GetMapping(params = "parent")
    ResponseEntity<List<PlanView>> childrenOf(@RequestParam String parent, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size);
        String key = parent.replaceAll("\\s+", "");
        return response(listing.childrenOf(key, plans.existsById(key), Caller.current().scope(), asked.page(),
                asked.size()));
    }

    /**
     * A department's plans, a page ({@link ListPage}) newest first, optionally of one year of issue, one
     * status, and with a text in the number or title (with or without diacritics); another
     * department's are refused (403).
     */
    @GetMapping(params = "department")
    ResponseEntity<List<PlanView>> plansOf(@RequestParam String department, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size);
        Caller.current().requireRead(department);
        return response(listing.ofDepartment(department, new PlanFilter(year, status, q), asked.page(), asked.size()));
    }

    private static ResponseEntity<List<PlanView>> response(Page<Plan> found) {
        return ListPage.response(found.getContent().stream().map(PlanView::of).toList(), found.getTotalElements());
    }

    /** A plan the caller may not read is absent (false: 404); one it may read but not change is 403. */
    private boolean changeable(String planId) {
        Caller caller = Caller.current();
        Optional<Plan> plan = plans.findById(planId).filter(found -> caller.mayReadPlanOf(found.departmentCode()));
        plan.ifPresent(found -> caller.requireChange(found.departmentCode()));
        return plan.isPresent();
    }
}
