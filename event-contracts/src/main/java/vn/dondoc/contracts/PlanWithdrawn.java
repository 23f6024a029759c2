package vn.dondoc.contracts;

import java.time.Instant;

/** An issued plan was withdrawn (thu hồi): its tasks no longer count. Key: {@code planId}. */
public record PlanWithdrawn(
        String eventId,
        Instant occurredAt,
        String planId,
        String number,
        String departmentCode,
        String reason) implements IntegrationEvent {

    public PlanWithdrawn {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(planId, "planId");
        Required.text(number, "number");
    }
}
