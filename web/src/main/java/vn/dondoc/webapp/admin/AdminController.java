package vn.dondoc.webapp.admin;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Delivery;
import vn.dondoc.webapp.services.NotificationClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.UnitNames;

/** "Quản trị" for the office: the unit directory as it stands, and the delivery log with retry. */
@Controller
class AdminController {

    private final NotificationClient notifications;
    private final UnitNames units;

    AdminController(NotificationClient notifications, UnitNames units) {
        this.notifications = notifications;
        this.units = units;
    }

    @GetMapping("/admin")
    String admin(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        model.addAttribute("directory", units.unitsOf(user.profile().department()));
        List<Delivery> deliveries = notifications.deliveries().stream()
                .sorted(Comparator.comparing(Delivery::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(100).toList();
        model.addAttribute("deliveries", deliveries);
        return "admin/admin";
    }

    @PostMapping("/admin/deliveries/{id}/retry")
    String retry(@PathVariable String id, RedirectAttributes redirect) {
        try {
            notifications.retry(id);
            redirect.addFlashAttribute("done", "Đã gửi lại thông báo.");
        } catch (ServiceProblem problem) {
            if (problem.forbidden()) {
                throw problem;
            }
            redirect.addFlashAttribute("failed", problem.detail() == null ? problem.title() : problem.detail());
        }
        return "redirect:/admin";
    }
}
