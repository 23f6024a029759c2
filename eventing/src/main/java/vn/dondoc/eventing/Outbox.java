package vn.dondoc.eventing;

import vn.dondoc.contracts.EventCatalog;
import vn.dondoc.contracts.EventKind;
import vn.dondoc.contracts.IntegrationEvent;

/**
 * Turns a contract event into the pending form an aggregate stores next to its state change; its
 * topic and type come from {@link EventCatalog}.
 */
public final class Outbox {

    private Outbox() {
    }

    public static PendingEvent pending(String key, String subject, IntegrationEvent event) {
        EventKind kind = EventCatalog.of(event);
        return new PendingEvent(event.eventId(), kind.topic(), kind.type(), key, subject, event.occurredAt(),
                EventJson.write(event));
    }
}
