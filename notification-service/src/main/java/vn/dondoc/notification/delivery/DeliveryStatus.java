package vn.dondoc.notification.delivery;

/**
 * Where a delivery stands. {@code FAILED}: the last attempt failed (sent again automatically when the
 * channel failed); {@code UNDELIVERABLE}: the unit has no contact for the event, or the channel kept
 * failing for {@code notification.redelivery.give-up-after}.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    UNDELIVERABLE
}
