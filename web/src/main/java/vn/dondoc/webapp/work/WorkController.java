package vn.dondoc.webapp.work;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.TaskClient;

/** "Việc của đơn vị": the unit's open work by due date, each with its deadline badge, a page at a time. */
@Controller
class WorkController {

    private final TaskClient tasks;

    WorkController(TaskClient tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/work")
    String work(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        if (user.profile().unit() == null) {
            return "redirect:/";
        }
        model.addAttribute("work", tasks.openWorkOf(user.profile().unit(), page));
        return "work/list";
    }
}
