package vn.dondoc.notification.inbox;

/** What a notification is about. */
public enum NotificationKind {
    TASK_ASSIGNED,
    REPORT_DUE
}
