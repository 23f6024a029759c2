package vn.dondoc.notification.inbox;

/** What a notification is about. */
public enum NotificationKind {
    TASK_ASSIGNED,
    REPORT_DUE,
    TASK_DUE_SOON,
    /** {@code task-overdue}, and the weekly reminder while it stays overdue. */
    TASK_OVERDUE,
    /** {@code task-result-reviewed} when the office returned the result (trả lại). */
    RESULT_RETURNED,
    EXTENSION_DECIDED,
    /** The office's reminder (nhắc việc), {@code task-reminder-sent}. */
    TASK_REMINDER,
    TASK_WITHDRAWN,
    /** {@code task-assignment-changed} when a plan amendment moved the unit between lead and coordinator. */
    ROLE_CHANGED,
    PLAN_AMENDED,
    PLAN_WITHDRAWN
}
