package vn.dondoc.webapp.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.TaskClient;

/**
 * "Cần xử lý" for the office and leadership: results awaiting acceptance, extension requests,
 * tasks whose units must be designated. Accepting, returning and deciding happen on the
 * assignment page (its forms); designation happens here.
 */
@Controller
class ReviewController {

    private final TaskClient tasks;

    ReviewController(TaskClient tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/review")
    String review(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String list,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (!user.profile().directs() && !user.profile().isProvince()) {
            return "redirect:/";
        }
        // one page of each list; {@code list} names the one {@code page} turns (its pager's link). Results and
        // extension requests are those the user directs (AssignmentActions.directedBy): of the plans its
        // department issued, the provincial office's of the plans of UBND tỉnh; the store filters by it
        String issuer = user.profile().isProvince() ? Assignment.PROVINCE_SCOPE : user.profile().department();
        model.addAttribute("submitted", tasks.submitted(issuer, "results".equals(list) ? page : 0));
        model.addAttribute("extensions", tasks.extensionRequests(issuer, "extensions".equals(list) ? page : 0));
        model.addAttribute("toDesignate", tasks.needingAssignment("designation".equals(list) ? page : 0));
        model.addAttribute("key", UUID.randomUUID().toString());
        return "review/review";
    }

    /** Designates a lead (and coordinators) for a task the plan left to the office. */
    @PostMapping("/review/plans/{planId}/tasks/{taskId}/designation")
    String designate(@PathVariable String planId, @PathVariable String taskId,
            @RequestParam(required = false) List<String> leadUnits,
            @RequestParam(required = false) List<String> coordinatorUnits, RedirectAttributes redirect) {
        try {
            tasks.designate(planId, taskId, leadUnits == null ? List.of() : leadUnits,
                    coordinatorUnits == null ? List.of() : coordinatorUnits);
            redirect.addFlashAttribute("done", "Đã giao đơn vị cho nhiệm vụ.");
        } catch (ServiceProblem problem) {
            if (problem.forbidden()) {
                throw problem;
            }
            redirect.addFlashAttribute("designationErrors", Map.of(taskId,
                    problem.detail() == null ? problem.title() : problem.detail()));
        }
        return "redirect:/review";
    }
}
