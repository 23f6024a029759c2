package vn.dondoc.eventing;

import vn.dondoc.contracts.IntegrationEvent;

/** Turns a contract event into the pending form an aggregate stores next to its state change. */
public final class Outbox {

    private Outbox() {
    }

    public static PendingEvent pending(String topic, String type, String key, String subject,
            IntegrationEvent event) {
        return new PendingEvent(event.eventId(), topic, type, key, subject, event.occurredAt(),
                EventJson.write(event));
    }
}
