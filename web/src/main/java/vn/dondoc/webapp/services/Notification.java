package vn.dondoc.webapp.services;

import java.time.Instant;

/** A message in a unit's inbox. */
public record Notification(String id, String unitCode, String kind, String title, String body, Instant createdAt,
        boolean read) {

    /** When it arrived, in Vietnam's time. */
    public java.time.LocalDateTime createdLocal() {
        return createdAt == null ? null : java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
