package vn.dondoc.notification.delivery;

/** Where a delivery stands. {@code UNDELIVERABLE}: the unit has no contact for the event. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    UNDELIVERABLE
}
