package vn.dondoc.eventing;

import java.time.Instant;

/**
 * An event waiting inside its aggregate's document to be published. Stored in the same atomic
 * write as the state change it reports, removed by the relay once the broker acknowledged it.
 *
 * @param payload the event record as JSON, exactly the bytes that will be published
 */
public record PendingEvent(
        String eventId,
        String topic,
        String type,
        String key,
        String subject,
        Instant occurredAt,
        String payload) {
}
