package vn.dondoc.notification.inbox;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message in a unit's inbox. Its id is the causing event's id and the unit, so a redelivered
 * event never adds a second message.
 */
@CompoundIndex(name = "unit_created", def = "{'unitCode': 1, 'createdAt': -1}") // a unit's inbox
@Document("notifications")
public record Notification(
        @Id String id,
        String unitCode,
        NotificationKind kind,
        String title,
        String body,
        String sourceEventId,
        Instant createdAt,
        boolean read) {

    public static String idOf(String eventId, String unitCode) {
        return eventId + ":" + unitCode;
    }
}
