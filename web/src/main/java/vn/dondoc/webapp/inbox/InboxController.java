package vn.dondoc.webapp.inbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.ListSlice;
import vn.dondoc.webapp.services.Notification;
import vn.dondoc.webapp.services.NotificationClient;

/** A unit's inbox, newest first, a page at a time; a message is marked as read in place (htmx) or by a plain form. */
@Controller
class InboxController {

    /** Messages on one page of the inbox; the pager links to the others. */
    static final int PAGE_SIZE = 50;

    private final NotificationClient notifications;

    InboxController(NotificationClient notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page,
            Model model) {
        if (user.profile().unit() == null) {
            return "redirect:/";
        }
        show(notifications.inbox(user.profile().unit(), page == null ? 0 : Math.max(0, page), PAGE_SIZE), model);
        return "inbox/inbox";
    }

    /** Marks one message read; the page it was on is shown again ({@code page}, with or without htmx). */
    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model,
            @RequestParam(required = false) Integer page,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        String unit = user.profile().unit();
        int shown = page == null ? 0 : Math.max(0, page);
        notifications.markRead(unit, id);
        if (htmx == null) {
            return shown == 0 ? "redirect:/inbox" : "redirect:/inbox?page=" + shown;
        }
        show(notifications.inbox(unit, shown, PAGE_SIZE), model);
        model.addAttribute("unread", notifications.unread(unit));
        return "inbox/inbox :: messages";
    }

    private static void show(ListSlice<Notification> slice, Model model) {
        model.addAttribute("messages", slice.items());
        model.addAttribute("slice", slice);
    }

    @PostMapping("/inbox/read")
    String readAll(@AuthenticationPrincipal SignedInUser user) {
        notifications.markAllRead(user.profile().unit());
        return "redirect:/inbox";
    }
}
