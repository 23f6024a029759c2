package vn.dondoc.webapp.plans;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.UnitNames;

/**
 * "Sửa đổi" of an issued plan: a reason, the title, each task's content, units and due date, tasks
 * dropped or added; sent as plan-service's amendment (a new version, {@code plan-amended}). The plan
 * page then shows what was sent.
 */
@Controller
class AmendmentPageController {

    private final PlanClient plans;
    private final UnitNames units;

    AmendmentPageController(PlanClient plans, UnitNames units) {
        this.plans = plans;
        this.units = units;
    }

    @GetMapping("/plans/{id}/amend")
    String form(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Plan plan = plans.plan(id);
        if (!user.profile().directs() || plan.withdrawn()) {
            return "redirect:/plans/" + id;
        }
        return show(model, plan, AmendmentForm.of(plan), Map.of());
    }

    @PostMapping("/plans/{id}/amend")
    String amend(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Plan before = plans.plan(id);
        AmendmentForm typed = AmendmentForm.typed(form);
        Map<String, String> errors = new LinkedHashMap<>();
        List<Integer> sentRows = new ArrayList<>();
        Map<String, Object> body = typed.body(errors, sentRows);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return show(model, before, typed, errors);
        }
        try {
            Plan amended = plans.amend(id, body);
            redirect.addFlashAttribute("done", "Đã gửi bản sửa đổi kế hoạch " + amended.number()
                    + (amended.planVersion() == null ? "" : " (phiên bản " + amended.planVersion() + ")")
                    + ". Các đơn vị được thông báo thay đổi.");
            redirect.addFlashAttribute("amendment", typed.sent(before, units::name));
            return "redirect:/plans/" + id;
        } catch (ServiceProblem problem) {
            if (problem.forbidden() || problem.notFound()) {
                throw problem;
            }
            response.setStatus(problem.status() == 409 ? 409 : 422);
            problem.byField().forEach((field, message) -> errors.put(AmendmentForm.formField(field, sentRows), message));
            model.addAttribute("problem", problem);
            return show(model, before, typed, errors);
        }
    }

    private static String show(Model model, Plan plan, AmendmentForm form, Map<String, String> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plans/amend";
    }
}
