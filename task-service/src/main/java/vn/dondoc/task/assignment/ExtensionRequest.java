package vn.dondoc.task.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** A lead unit's pending request for a later deadline (gia hạn), awaiting the office's decision. */
public record ExtensionRequest(LocalDate requestedDueDate, String reason, Instant requestedAt,
        String requestedBy) {
}
