package vn.dondoc.contracts;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each event class paired once with its topic and CloudEvents type, so no writer hand-matches a
 * {@link Topics} constant with an {@link EventTypes} constant.
 */
public final class EventCatalog {

    private static final List<EventKind> KINDS = List.of(
            kind(PlanIssued.class, Topics.PLAN_ISSUED, EventTypes.PLAN_ISSUED),
            kind(PlanAmended.class, Topics.PLAN_AMENDED, EventTypes.PLAN_AMENDED),
            kind(PlanWithdrawn.class, Topics.PLAN_WITHDRAWN, EventTypes.PLAN_WITHDRAWN),
            kind(TaskAssigned.class, Topics.TASK_ASSIGNED, EventTypes.TASK_ASSIGNED),
            kind(ReportDue.class, Topics.REPORT_DUE, EventTypes.REPORT_DUE),
            kind(UnitReportSubmitted.class, Topics.UNIT_REPORT_SUBMITTED, EventTypes.UNIT_REPORT_SUBMITTED),
            kind(DepartmentReportSubmitted.class, Topics.DEPARTMENT_REPORT_SUBMITTED,
                    EventTypes.DEPARTMENT_REPORT_SUBMITTED),
            kind(TaskAcknowledged.class, Topics.TASK_ACKNOWLEDGED, EventTypes.TASK_ACKNOWLEDGED),
            kind(TaskRefused.class, Topics.TASK_REFUSED, EventTypes.TASK_REFUSED),
            kind(TaskProgressReported.class, Topics.TASK_PROGRESS_REPORTED, EventTypes.TASK_PROGRESS_REPORTED),
            kind(TaskResultSubmitted.class, Topics.TASK_RESULT_SUBMITTED, EventTypes.TASK_RESULT_SUBMITTED),
            kind(TaskResultReviewed.class, Topics.TASK_RESULT_REVIEWED, EventTypes.TASK_RESULT_REVIEWED),
            kind(TaskExtensionRequested.class, Topics.TASK_EXTENSION_REQUESTED, EventTypes.TASK_EXTENSION_REQUESTED),
            kind(TaskExtensionDecided.class, Topics.TASK_EXTENSION_DECIDED, EventTypes.TASK_EXTENSION_DECIDED),
            kind(TaskWithdrawn.class, Topics.TASK_WITHDRAWN, EventTypes.TASK_WITHDRAWN),
            kind(TaskNoteAdded.class, Topics.TASK_NOTE_ADDED, EventTypes.TASK_NOTE_ADDED),
            kind(TaskReminderSent.class, Topics.TASK_REMINDER_SENT, EventTypes.TASK_REMINDER_SENT),
            kind(TaskOverdue.class, Topics.TASK_OVERDUE, EventTypes.TASK_OVERDUE),
            kind(TaskDueSoon.class, Topics.TASK_DUE_SOON, EventTypes.TASK_DUE_SOON),
            kind(TaskDueDateChanged.class, Topics.TASK_DUE_DATE_CHANGED, EventTypes.TASK_DUE_DATE_CHANGED),
            kind(TaskAssignmentChanged.class, Topics.TASK_ASSIGNMENT_CHANGED, EventTypes.TASK_ASSIGNMENT_CHANGED),
            kind(UnitDirectoryChanged.class, Topics.UNIT_DIRECTORY_CHANGED, EventTypes.UNIT_DIRECTORY_CHANGED));

    private static final Map<Class<?>, EventKind> BY_PAYLOAD = KINDS.stream()
            .collect(toUnmodifiableMap(EventKind::payload, Function.identity()));
    private static final Map<String, EventKind> BY_TYPE = KINDS.stream()
            .collect(toUnmodifiableMap(EventKind::type, Function.identity()));

    private EventCatalog() {
    }

    /** Every pairing of the contract. */
    public static List<EventKind> all() {
        return KINDS;
    }

    /** The topic and type of this event's class; an event class missing from the catalog is a bug. */
    public static EventKind of(IntegrationEvent event) {
        EventKind kind = BY_PAYLOAD.get(event.getClass());
        if (kind == null) {
            throw new IllegalArgumentException("no topic and type declared for " + event.getClass().getName());
        }
        return kind;
    }

    /** The pairing with this CloudEvents type, or {@code null} for an unknown type. */
    static EventKind ofType(String type) {
        return BY_TYPE.get(type);
    }

    private static EventKind kind(Class<? extends IntegrationEvent> payload, String topic, String type) {
        return new EventKind(payload, topic, type);
    }
}
