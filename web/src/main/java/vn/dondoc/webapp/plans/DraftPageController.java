package vn.dondoc.webapp.plans;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.services.Draft;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ServiceProblem;

/**
 * The draft page: the header, the task table with each finding on its row, unit pickers from the
 * directory, and "Ban hành kế hoạch" which issues it.
 */
@Controller
class DraftPageController {

    private final PlanClient plans;

    DraftPageController(PlanClient plans) {
        this.plans = plans;
    }

    @GetMapping("/drafts/{id}")
    String draft(@PathVariable String id, Model model) {
        Draft draft = plans.draft(id);
        if (draft.issued()) {
            return "redirect:/plans/" + id;
        }
        model.addAttribute("draft", draft);
        return "plans/draft";
    }

    /** Sets a task's lead and coordinating units (the office's choice replaces what the cells said). */
    @PostMapping("/drafts/{id}/tasks/{taskId}")
    String correct(@PathVariable String id, @PathVariable String taskId,
            @RequestParam(required = false) List<String> leadUnits,
            @RequestParam(required = false) List<String> coordinatorUnits, Model model, RedirectAttributes redirect,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Draft draft;
        try {
            draft = plans.correctTask(id, taskId, leadUnits == null ? List.of() : leadUnits,
                    coordinatorUnits == null ? List.of() : coordinatorUnits);
        } catch (ServiceProblem problem) {
            if (problem.forbidden() || problem.notFound()) {
                throw problem;
            }
            draft = plans.draft(id);
            model.addAttribute("taskErrors", Map.of(taskId, problem.detail() == null ? problem.title() : problem.detail()));
        }
        if (htmx == null && !model.containsAttribute("taskErrors")) {
            redirect.addFlashAttribute("done", "Đã lưu đơn vị của nhiệm vụ.");
            return "redirect:/drafts/" + id + "#task-" + taskId;
        }
        model.addAttribute("draft", draft);
        model.addAttribute("task", draft.tasks().stream().filter(t -> t.taskId().equals(taskId)).findFirst().orElseThrow());
        model.addAttribute("saved", !model.containsAttribute("taskErrors"));
        return htmx != null ? "plans/draft :: taskRow" : "plans/draft";
    }

    @PostMapping("/drafts/{id}/issue")
    String issue(@PathVariable String id, @RequestParam(required = false) String number,
            @RequestParam(required = false) String issuedOn, Model model, RedirectAttributes redirect) {
        LocalDate date = null;
        if (issuedOn != null && !issuedOn.isBlank()) {
            try {
                date = LocalDate.parse(issuedOn.strip());
            } catch (DateTimeParseException e) {
                return again(id, model, Map.of("issuedOn", "Ngày ban hành không hợp lệ"), number, issuedOn, null);
            }
        }
        try {
            Plan plan = plans.issue(id, number, date);
            redirect.addFlashAttribute("done", "Đã ban hành kế hoạch " + plan.number()
                    + ". Các đơn vị được giao đã nhận nhiệm vụ.");
            return "redirect:/plans/" + plan.id();
        } catch (ServiceProblem problem) {
            if (problem.forbidden() || problem.notFound()) {
                throw problem;
            }
            return again(id, model, problem.byField(), number, issuedOn, problem);
        }
    }

    private String again(String id, Model model, Map<String, String> errors, String number, String issuedOn,
            ServiceProblem problem) {
        model.addAttribute("draft", plans.draft(id));
        model.addAttribute("issueErrors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("number", number);
        model.addAttribute("issuedOn", issuedOn);
        return "plans/draft";
    }
}
