package vn.dondoc.notification.contact;

/** How a notification reaches a unit. The in-app inbox always receives every notification. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
