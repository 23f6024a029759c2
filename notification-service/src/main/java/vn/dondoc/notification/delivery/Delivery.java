package vn.dondoc.notification.delivery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.inbox.NotificationKind;

/**
 * One message to one recipient over one channel. Its id derives from what caused it, and it is
 * inserted before anything is sent: a second attempt to create it fails, so nothing is sent twice.
 *
 * @param channel    {@code null} for an undeliverable event (no contact)
 * @param recipients email addresses, or the webhook URL
 * @param eventIds   the events it tells about (several for a digest)
 * @param content    what is sent, kept so the office can retry it
 * @param claimedBy    who may send it now (a random token per claim); {@code null} while deferred
 * @param claimedUntil until when that claim holds; a PENDING delivery past it is resumed by the sweep
 * @param redeliveries  how many times it was sent again after failing over its channel
 * @param nextAttemptAt when a FAILED delivery is sent again; {@code null}: not automatically (a
 *                      failure that trying again does not cure, or stored before redelivery existed)
 */
@Document("deliveries")
@CompoundIndex(name = "unit_newest", def = "{'unitCode': 1, 'createdAt': -1, '_id': 1}") // a unit's or department's deliveries, a page at a time
@CompoundIndex(name = "newest", def = "{'createdAt': -1, '_id': 1}") // every department's (the province), a page at a time
@CompoundIndex(name = "redelivery_due", def = "{'status': 1, 'nextAttemptAt': 1}") // FAILED ones due again
public record Delivery(
        @Id String id,
        Channel channel,
        String unitCode,
        NotificationKind kind,
        List<String> recipients,
        List<String> eventIds,
        DeliveryStatus status,
        int attempts,
        String reason,
        Content content,
        Instant createdAt,
        Instant updatedAt,
        String claimedBy,
        Instant claimedUntil,
        int redeliveries,
        Instant nextAttemptAt) {

    /** The message: email subject, plain text and HTML, or a webhook's JSON body. */
    public record Content(String subject, String text, String html, String json) {
    }
}
