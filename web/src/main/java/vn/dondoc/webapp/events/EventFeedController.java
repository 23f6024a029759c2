package vn.dondoc.webapp.events;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Luồng sự kiện": read-only, every signed-in person may read it; the province's navigation links it. */
@Controller
class EventFeedController {

    private final EventFeed events;

    EventFeedController(EventFeed events) {
        this.events = events;
    }

    @GetMapping("/events")
    String events(Model model) {
        model.addAttribute("feed", events.feed());
        return "events/events";
    }
}
