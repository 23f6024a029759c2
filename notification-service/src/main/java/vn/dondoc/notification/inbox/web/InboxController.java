package vn.dondoc.notification.inbox.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.notification.inbox.Inbox;
import vn.dondoc.notification.inbox.Notification;

/** A unit's notifications, newest first. */
@RestController
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/units/{unitCode}/notifications")
    List<Notification> of(@PathVariable String unitCode) {
        return inbox.of(unitCode);
    }
}
