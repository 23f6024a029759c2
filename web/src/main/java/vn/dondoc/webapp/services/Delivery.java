package vn.dondoc.webapp.services;

import java.time.Instant;
import java.util.List;

/** An email or webhook notification-service sent, or tried to: SENT, FAILED (may be retried), UNDELIVERABLE. */
public record Delivery(String id, String channel, String unitCode, String kind, List<String> recipients, String status,
        int attempts, String reason, Content content, Instant createdAt, Instant updatedAt) {

    public record Content(String subject) {
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    public String statusLabel() {
        return switch (status == null ? "" : status) {
            case "SENT" -> "Đã gửi";
            case "FAILED" -> "Gửi lỗi";
            case "UNDELIVERABLE" -> "Không gửi được";
            case "PENDING" -> "Đang gửi";
            default -> status;
        };
    }

    public String tone() {
        return switch (status == null ? "" : status) {
            case "SENT" -> "green";
            case "FAILED", "UNDELIVERABLE" -> "red";
            default -> "blue";
        };
    }

    public java.time.LocalDateTime createdLocal() {
        return VietnamTime.localTimeOf(createdAt);
    }
}
