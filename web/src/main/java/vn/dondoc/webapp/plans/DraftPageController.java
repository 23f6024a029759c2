package vn.dondoc.webapp.plans;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
 * The draft page: the header (editable), the task table with each finding on its row, unit pickers
 * from the directory, a timeframe editor per task, and "Ban hành kế hoạch" which issues it. With
 * htmx each form swaps its own part of the page; a refusal (422/409) comes back as that part with
 * the service's messages next to the fields and what was typed kept.
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
        show(model, draft);
        return "plans/draft";
    }

    /** Number, date, title, coverage, parent plans, signer, reporting: plan-service keeps what is not sent. */
    @PostMapping("/drafts/{id}/header")
    String correctHeader(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response) {
        HeaderForm typed = HeaderForm.typed(form);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = typed.body(errors);
        Draft draft = null;
        if (errors.isEmpty()) {
            try {
                draft = plans.correctHeader(id, body);
            } catch (ServiceProblem problem) {
                refusal(problem, errors, "header", response);
            }
        } else {
            response.setStatus(422);
        }
        if (draft != null && htmx == null) {
            redirect.addFlashAttribute("done", "Đã lưu phần đầu kế hoạch.");
            return "redirect:/drafts/" + id + "#header";
        }
        if (draft == null) {
            draft = plans.draft(id);
            model.addAttribute("headerForm", typed);
            model.addAttribute("headerErrors", errors);
        } else {
            model.addAttribute("headerSaved", true);
        }
        show(model, draft);
        return htmx != null ? "plans/draft :: header" : "plans/draft";
    }

    /** Sets a task's lead and coordinating units (the office's choice replaces what the cells said). */
    @PostMapping("/drafts/{id}/tasks/{taskId}")
    String correct(@PathVariable String id, @PathVariable String taskId,
            @RequestParam(required = false) List<String> leadUnits,
            @RequestParam(required = false) List<String> coordinatorUnits, Model model, RedirectAttributes redirect,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Draft draft;
        try {
            draft = plans.correctTask(id, taskId, leadUnits == null ? List.of() : leadUnits,
                    coordinatorUnits == null ? List.of() : coordinatorUnits);
        } catch (ServiceProblem problem) {
            if (problem.forbidden() || problem.notFound()) {
                throw problem;
            }
            response.setStatus(problem.status() == 409 ? 409 : 422);
            draft = plans.draft(id);
            model.addAttribute("taskErrors", Map.of(taskId, message(problem)));
        }
        return taskRow(id, taskId, draft, "Đã lưu đơn vị của nhiệm vụ.", model, redirect, htmx);
    }

    /** Sets a task's timeframe: kind, due date of a deadline, periods of a recurring task, the text as written. */
    @PostMapping("/drafts/{id}/tasks/{taskId}/timeframe")
    String correctTimeframe(@PathVariable String id, @PathVariable String taskId,
            @RequestParam(required = false) String timeframeKind, @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) List<String> periods, @RequestParam(required = false) String timeframeText,
            Model model, RedirectAttributes redirect, @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response) {
        TimeframeForm typed = new TimeframeForm(timeframeKind, dueDate, periods, timeframeText);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = typed.body(errors);
        Draft draft = null;
        if (errors.isEmpty()) {
            try {
                draft = plans.correctTimeframe(id, taskId, body);
            } catch (ServiceProblem problem) {
                refusal(problem, errors, "timeframeKind", response);
            }
        } else {
            response.setStatus(422);
        }
        if (draft == null) {
            draft = plans.draft(id);
            model.addAttribute("timeframeForms", Map.of(taskId, typed));
            model.addAttribute("timeframeErrors", Map.of(taskId, errors));
        }
        return taskRow(id, taskId, draft, "Đã lưu thời hạn của nhiệm vụ.", model, redirect, htmx);
    }

    private String taskRow(String id, String taskId, Draft draft, String saved, Model model,
            RedirectAttributes redirect, String htmx) {
        boolean refused = model.containsAttribute("taskErrors") || model.containsAttribute("timeframeErrors");
        if (htmx == null && !refused) {
            redirect.addFlashAttribute("done", saved);
            return "redirect:/drafts/" + id + "#task-" + taskId;
        }
        show(model, draft);
        model.addAttribute("task", draft.tasks().stream().filter(t -> t.taskId().equals(taskId)).findFirst().orElseThrow());
        if (!refused) {
            model.addAttribute("savedMessage", saved);
        }
        return htmx != null ? "plans/draft :: taskRow" : "plans/draft";
    }

    @PostMapping("/drafts/{id}/issue")
    String issue(@PathVariable String id, @RequestParam(required = false) String number,
            @RequestParam(required = false) String issuedOn, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        LocalDate date = null;
        if (issuedOn != null && !issuedOn.isBlank()) {
            try {
                date = LocalDate.parse(issuedOn.strip());
            } catch (DateTimeParseException e) {
                response.setStatus(422);
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
            response.setStatus(problem.status() == 409 ? 409 : 422);
            return again(id, model, problem.byField(), number, issuedOn, problem);
        }
    }

    private String again(String id, Model model, Map<String, String> errors, String number, String issuedOn,
            ServiceProblem problem) {
        show(model, plans.draft(id));
        model.addAttribute("issueErrors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("number", number);
        model.addAttribute("issuedOn", issuedOn);
        return "plans/draft";
    }

    private static void show(Model model, Draft draft) {
        model.addAttribute("draft", draft);
        if (!model.containsAttribute("headerForm")) {
            model.addAttribute("headerForm", HeaderForm.of(draft.header()));
        }
        if (!model.containsAttribute("headerErrors")) {
            model.addAttribute("headerErrors", Map.of());
        }
    }

    /** A refusal's messages by field (403 and 404 are pages of their own); one without fields under {@code field}. */
    private static void refusal(ServiceProblem problem, Map<String, String> errors, String field,
            HttpServletResponse response) {
        if (problem.forbidden() || problem.notFound()) {
            throw problem;
        }
        response.setStatus(problem.status() == 409 ? 409 : 422);
        errors.putAll(problem.byField());
        if (errors.isEmpty()) {
            errors.put(field, message(problem));
        }
    }

    private static String message(ServiceProblem problem) {
        return problem.detail() == null ? problem.title() : problem.detail();
    }
}
