package vn.dondoc.notification.inbox.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.notification.inbox.Inbox;
import vn.dondoc.notification.inbox.Notification;
import vn.dondoc.web.ListPage;

/** A unit's notifications, newest first. */
@RestController
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    /** A page ({@link ListPage}) of the unit's notifications, newest first. */
    @GetMapping("/units/{unitCode}/notifications")
    ResponseEntity<List<Notification>> of(@PathVariable String unitCode, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size);
        Page<Notification> found = inbox.of(unitCode, asked.page(), asked.size());
        return ListPage.response(found.getContent(), found.getTotalElements());
    }

    @GetMapping("/units/{unitCode}/notifications/unread-count")
    Map<String, Long> unread(@PathVariable String unitCode) {
        return Map.of("unread", inbox.unreadOf(unitCode));
    }

    /** 204 when marked; 404 when the unit has no such notification. */
    @PostMapping("/units/{unitCode}/notifications/{id}/read")
    @ApiResponse(responseCode = "204", description = "Đã đánh dấu đã đọc")
    ResponseEntity<Void> markRead(@PathVariable String unitCode, @PathVariable String id) {
        return inbox.markRead(unitCode, id) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @PostMapping("/units/{unitCode}/notifications/read")
    Map<String, Long> markAllRead(@PathVariable String unitCode) {
        return Map.of("marked", inbox.markAllRead(unitCode));
    }
}
