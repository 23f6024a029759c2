package vn.dondoc.webapp.services;

import java.time.Instant;

/** A message in a unit's inbox; {@code planId} and {@code taskId} name the task it is about, when it is about one. */
public record Notification(String id, String unitCode, String kind, String title, String body, Instant createdAt,
        boolean read, String planId, String taskId) {

    public Notification(String id, String unitCode, String kind, String title, String body, Instant createdAt,
            boolean read) {
        this(id, unitCode, kind, title, body, createdAt, read, null, null);
    }

    /** The task's address ({@code /plans/{plan}/tasks/{task}}: the unit lands on its assignment), or null. */
    public String taskLink() {
        return planId == null || taskId == null ? null : "/plans/" + planId + "/tasks/" + taskId;
    }

    /** When it arrived, in Vietnam's time. */
    public java.time.LocalDateTime createdLocal() {
        return VietnamTime.localTimeOf(createdAt);
    }
}
