package vn.dondoc.notification.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.notification.contact.Cadence;
import vn.dondoc.notification.inbox.NotificationKind;

/**
 * One event waiting to be emailed to one unit. Its id is the event id and the unit, so a
 * redelivered event finds it already there; {@code deliveryId} is set once it went into an email.
 *
 * @param groupKey what it is emailed together with: the plan, the event alone, or the day
 * @param title    Vietnamese one-line summary (used for events other than assignments)
 * @param body     Vietnamese text of the in-app message
 */
@Document("digest-items")
public record DigestItem(
        @Id String id,
        String eventId,
        String unitCode,
        String groupKey,
        Cadence cadence,
        NotificationKind kind,
        String planId,
        String planNumber,
        String taskId,
        String taskNumber,
        String taskContent,
        AssignmentRole role,
        List<String> leadUnits,
        LocalDate dueDate,
        String title,
        String body,
        Instant receivedAt,
        String deliveryId) {

    public DigestItem {
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
    }
}
