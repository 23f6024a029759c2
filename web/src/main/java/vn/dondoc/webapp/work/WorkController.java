package vn.dondoc.webapp.work;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.TaskClient;

/** "Việc của đơn vị": the unit's open work by due date, each with its deadline badge. */
@Controller
class WorkController {

    private final TaskClient tasks;

    WorkController(TaskClient tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/work")
    String work(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user.profile().unit() == null) {
            return "redirect:/";
        }
        model.addAttribute("work", tasks.openWorkOf(user.profile().unit()));
        return "work/list";
    }
}
