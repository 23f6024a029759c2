package vn.dondoc.notification.routing;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.dondoc.notification.contact.Cadence;
import vn.dondoc.notification.digest.DigestItem;
import vn.dondoc.notification.inbox.Inbox;
import vn.dondoc.notification.inbox.Notification;

/**
 * Tells a unit one piece of news: its inbox message, and the same title and text as an email of its
 * own ({@code IMMEDIATE}) or in the day's digest, plus its webhooks, as the unit's contact asks.
 */
@Service
public class Announcements {

    private final Inbox inbox;
    private final Routing routing;
    private final Clock clock;

    Announcements(Inbox inbox, Routing routing, Clock clock) {
        this.inbox = inbox;
        this.routing = routing;
        this.clock = clock;
    }

    /** {@code planId} and {@code taskId} (both may be null) give the email its link to the task. */
    public void announce(SourceEvent source, Notification news, String planId, String taskId) {
        inbox.deliver(taskId == null ? news : news.aboutTask(planId, taskId));
        routing.route(source, news.unitCode(), news.kind(), cadence -> new DigestItem(news.id(), source.id(),
                news.unitCode(), cadence == Cadence.DAILY_DIGEST
                        ? "day:" + LocalDate.ofInstant(news.createdAt(), clock.getZone()) : "event:" + source.id(),
                cadence, news.kind(), planId, null, taskId, null, null, null, null, null, news.title(),
                news.body(), news.createdAt(), null));
    }
}
