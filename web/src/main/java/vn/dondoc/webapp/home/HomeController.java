package vn.dondoc.webapp.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.webapp.security.SignedInUser;

/** The start page depends on who signs in: a unit's work, the office's to-do list, the province's plans. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user) {
        SignedInUser.Profile me = user.profile();
        if (me.isUnit()) {
            return "redirect:/work";
        }
        if (me.directs()) {
            return "redirect:/dashboard";
        }
        return "redirect:/plans";
    }
}
