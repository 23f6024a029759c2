package vn.dondoc.contracts;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * CloudEvents {@code type} attribute of each event, reverse-DNS and versioned: a breaking change
 * is a new version, never an edit of an existing one. Which class carries which type, on which
 * topic, is declared in {@link EventCatalog}.
 */
public final class EventTypes {

    public static final String PLAN_ISSUED = "vn.dondoc.plan.issued.v1";
    public static final String PLAN_AMENDED = "vn.dondoc.plan.amended.v1";
    public static final String PLAN_WITHDRAWN = "vn.dondoc.plan.withdrawn.v1";
    public static final String TASK_ASSIGNED = "vn.dondoc.task.assigned.v1";
    public static final String REPORT_DUE = "vn.dondoc.report.due.v1";
    public static final String TASK_ACKNOWLEDGED = "vn.dondoc.task.acknowledged.v1";
    public static final String TASK_REFUSED = "vn.dondoc.task.refused.v1";
    public static final String TASK_PROGRESS_REPORTED = "vn.dondoc.task.progress-reported.v1";
    public static final String TASK_RESULT_SUBMITTED = "vn.dondoc.task.result-submitted.v1";
    public static final String TASK_RESULT_REVIEWED = "vn.dondoc.task.result-reviewed.v1";
    public static final String TASK_EXTENSION_REQUESTED = "vn.dondoc.task.extension-requested.v1";
    public static final String TASK_EXTENSION_DECIDED = "vn.dondoc.task.extension-decided.v1";
    public static final String TASK_WITHDRAWN = "vn.dondoc.task.withdrawn.v1";
    public static final String TASK_NOTE_ADDED = "vn.dondoc.task.note-added.v1";
    public static final String TASK_REMINDER_SENT = "vn.dondoc.task.reminder-sent.v1";
    public static final String TASK_OVERDUE = "vn.dondoc.task.overdue.v1";
    public static final String TASK_DUE_SOON = "vn.dondoc.task.due-soon.v1";
    public static final String TASK_DUE_DATE_CHANGED = "vn.dondoc.task.due-date-changed.v1";
    public static final String TASK_ASSIGNMENT_CHANGED = "vn.dondoc.task.assignment-changed.v1";

    public static final String UNIT_REPORT_SUBMITTED = "vn.dondoc.report.unit-submitted.v1";
    public static final String DEPARTMENT_REPORT_SUBMITTED = "vn.dondoc.report.department-submitted.v1";

    public static final String UNIT_DIRECTORY_CHANGED = "vn.dondoc.unit.directory-changed.v1";

    public static final String ASSIGNMENT_STATUS_CHANGED = "vn.dondoc.assignment.status-changed.v1";

    private EventTypes() {
    }

    /** Every event type of the contract. */
    public static Set<String> all() {
        return EventCatalog.all().stream().map(EventKind::type).collect(Collectors.toUnmodifiableSet());
    }

    /** The record class carried by events of this type, or {@code null} for an unknown type. */
    public static Class<?> payloadOf(String type) {
        EventKind kind = EventCatalog.ofType(type);
        return kind == null ? null : kind.payload();
    }
}
