package vn.dondoc.webapp.inbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.NotificationClient;

/** A unit's inbox, newest first; a message is marked as read in place (htmx) or by a plain form. */
@Controller
class InboxController {

    private final NotificationClient notifications;

    InboxController(NotificationClient notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user.profile().unit() == null) {
            return "redirect:/";
        }
        model.addAttribute("messages", notifications.inbox(user.profile().unit()));
        return "inbox/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        String unit = user.profile().unit();
        notifications.markRead(unit, id);
        if (htmx == null) {
            return "redirect:/inbox";
        }
        model.addAttribute("messages", notifications.inbox(unit));
        model.addAttribute("unread", notifications.unread(unit));
        return "inbox/inbox :: messages";
    }

    @PostMapping("/inbox/read")
    String readAll(@AuthenticationPrincipal SignedInUser user) {
        notifications.markAllRead(user.profile().unit());
        return "redirect:/inbox";
    }
}
