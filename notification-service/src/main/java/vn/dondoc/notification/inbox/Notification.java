package vn.dondoc.notification.inbox;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message in a unit's inbox. Its id is the causing event's id and the unit, so a redelivered
 * event never adds a second message. {@code planId} and {@code taskId} name the task it is about,
 * when it is about one (null for a report due, a plan amended or withdrawn without a task).
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
        boolean read,
        String planId,
        String taskId) {

    /** A message about no task in particular (or not yet placed: see {@link #aboutTask}). */
    public Notification(String id, String unitCode, NotificationKind kind, String title, String body,
            String sourceEventId, Instant createdAt, boolean read) {
        this(id, unitCode, kind, title, body, sourceEventId, createdAt, read, null, null);
    }

    /** The same message naming the plan and task it is about, so a page can link to it (both may be null). */
    public Notification aboutTask(String planId, String taskId) {
        return new Notification(id, unitCode, kind, title, body, sourceEventId, createdAt, read, planId, taskId);
    }

    public static String idOf(String eventId, String unitCode) {
        return eventId + ":" + unitCode;
    }
}
