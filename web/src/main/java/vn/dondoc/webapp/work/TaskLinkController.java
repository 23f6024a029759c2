package vn.dondoc.webapp.work;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Assignment;
import vn.dondoc.webapp.services.TaskClient;

/**
 * The address emails and in-app notifications give for a task ({@code /plans/{plan}/tasks/{task}}):
 * a unit lands on its own assignment of that task, everybody else on the plan page.
 */
@Controller
class TaskLinkController {

    private final TaskClient tasks;

    TaskLinkController(TaskClient tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/plans/{planId}/tasks/{taskId}")
    String task(@PathVariable String planId, @PathVariable String taskId, @AuthenticationPrincipal SignedInUser user) {
        String unit = user.profile().unit();
        if (unit != null) {
            String prefix = planId + ":" + taskId + ":";
            List<Assignment> own = tasks.ofPlan(planId).stream()
                    .filter(a -> unit.equals(a.unitCode()) && a.id() != null && a.id().startsWith(prefix))
                    .sorted(Comparator.comparing((Assignment a) -> !a.open())).toList();
            if (!own.isEmpty()) {
                return "redirect:/assignments/" + own.get(0).id();
            }
        }
        return "redirect:/plans/" + planId;
    }
}
