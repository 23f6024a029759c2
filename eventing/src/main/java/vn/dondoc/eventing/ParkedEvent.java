package vn.dondoc.eventing;

import java.time.Instant;

/**
 * A pending event the relay could never publish, kept in its aggregate's document
 * ({@code parkedEvents}) with why and since when. What the operator endpoint lists: everything but
 * the payload, whose size it gives instead.
 */
public record ParkedEvent(
        String collection,
        Object documentId,
        String eventId,
        String topic,
        String type,
        String key,
        String subject,
        Instant occurredAt,
        String reason,
        Instant parkedAt) {
}
