package vn.dondoc.webapp.work;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Assignment;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.ServiceUnavailableException;
import vn.dondoc.webapp.services.TaskClient;
import vn.dondoc.webapp.services.VietnamTime;

/**
 * The assignment page: plan, content, role, due date and extensions, history, and the actions the
 * person's role allows. An action posts a form (a fragment answer for htmx, a redirect otherwise);
 * a refusal of the service is shown next to the field it names, with what was typed kept.
 */
@Controller
class AssignmentPageController {

    private final TaskClient tasks;
    private final PlanClient plans;

    AssignmentPageController(TaskClient tasks, PlanClient plans) {
        this.tasks = tasks;
        this.plans = plans;
    }

    @GetMapping("/assignments/{id}")
    String page(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        show(tasks.one(id), user, model, Map.of(), Map.of());
        return "work/assignment";
    }

    /** One action: {@code acknowledge, refuse, progress, result, extension, note, review, decision, reminder}. */
    @PostMapping("/assignments/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        FormAction formAction = FormAction.of(action);
        if (formAction == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "redirect:/assignments/" + id;
        }
        try {
            Assignment done = tasks.act(id, formAction.path(), formAction.body(form), form.get("key"));
            if (htmx != null) {
                model.addAttribute("done", formAction.done(form));
                show(done, user, model, Map.of(), Map.of());
                return "work/assignment :: panel";
            }
            redirect.addFlashAttribute("done", formAction.done(form));
            return "redirect:/assignments/" + id;
        } catch (ServiceProblem problem) {
            if (problem.forbidden() || problem.notFound()) {
                throw problem;
            }
            response.setStatus(problem.status() == 409 ? 409 : 422);
            Map<String, String> errors = new LinkedHashMap<>();
            problem.byField().forEach((field, message) -> errors.put(formAction.formName() + "." + field, message));
            if (errors.isEmpty()) {
                errors.put(formAction.formName(), problem.detail() == null ? problem.title() : problem.detail());
            }
            show(tasks.one(id), user, model, errors, form);
            model.addAttribute("problem", problem);
            return htmx != null ? "work/assignment :: panel" : "work/assignment";
        }
    }

    private void show(Assignment assignment, SignedInUser user, Model model, Map<String, String> errors,
            Map<String, String> typed) {
        model.addAttribute("a", assignment);
        model.addAttribute("plan", plan(assignment.planId()));
        model.addAttribute("actions", AssignmentActions.of(user.profile(), assignment));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("today", VietnamTime.today());
    }

    private Plan plan(String planId) {
        try {
            return plans.plan(planId);
        } catch (ServiceProblem | ServiceUnavailableException e) {
            return null;
        }
    }
}
