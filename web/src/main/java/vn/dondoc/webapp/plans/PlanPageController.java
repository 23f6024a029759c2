package vn.dondoc.webapp.plans;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Assignment;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.TaskClient;

/** The plan page: a tasks × units grid with each assignment's status; withdrawal after a confirmation. */
@Controller
class PlanPageController {

    private final PlanClient plans;
    private final TaskClient tasks;

    PlanPageController(PlanClient plans, TaskClient tasks) {
        this.plans = plans;
        this.tasks = tasks;
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable String id, Model model) {
        Plan plan = plans.plan(id);
        List<Assignment> assignments = tasks.ofPlan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("grid", PlanGrid.of(plan, assignments));
        return "plans/plan";
    }

    @GetMapping("/plans/{id}/withdraw")
    String confirmWithdrawal(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        if (!user.profile().directs()) {
            return "redirect:/plans/" + id;
        }
        model.addAttribute("plan", plans.plan(id));
        return "plans/withdraw";
    }

    @PostMapping("/plans/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        try {
            plans.withdraw(id, reason == null ? "" : reason);
            redirect.addFlashAttribute("done", "Đã thu hồi kế hoạch; các phân công còn mở đã được thu hồi theo.");
            return "redirect:/plans/" + id;
        } catch (ServiceProblem problem) {
            if (problem.forbidden() || problem.notFound()) {
                throw problem;
            }
            model.addAttribute("plan", plans.plan(id));
            model.addAttribute("errors", problem.byField().isEmpty()
                    ? Map.of("reason", problem.detail() == null ? problem.title() : problem.detail()) : problem.byField());
            model.addAttribute("reason", reason);
            return "plans/withdraw";
        }
    }
}
