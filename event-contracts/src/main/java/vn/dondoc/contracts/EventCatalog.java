package vn.dondoc.contracts;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each event class paired once with its topic, CloudEvents type, the one service that writes it and
 * the field whose value is the record key, so no writer hand-matches a {@link Topics} constant with an
 * {@link EventTypes} constant. The feed's description (docs/asyncapi.yaml, docs/schemas) is generated
 * from this list.
 */
public final class EventCatalog {

    private static final String PLAN_SERVICE = "plan-service";
    private static final String TASK_SERVICE = "task-service";
    private static final String REPORTING_SERVICE = "reporting-service";

    private static final List<EventKind> KINDS = List.of(
            kind(PlanIssued.class, Topics.PLAN_ISSUED, EventTypes.PLAN_ISSUED, PLAN_SERVICE, "planId"),
            kind(PlanAmended.class, Topics.PLAN_AMENDED, EventTypes.PLAN_AMENDED, PLAN_SERVICE, "planId"),
            kind(PlanWithdrawn.class, Topics.PLAN_WITHDRAWN, EventTypes.PLAN_WITHDRAWN, PLAN_SERVICE, "planId"),
            kind(TaskAssigned.class, Topics.TASK_ASSIGNED, EventTypes.TASK_ASSIGNED, TASK_SERVICE, "unitCode"),
            kind(ReportDue.class, Topics.REPORT_DUE, EventTypes.REPORT_DUE, REPORTING_SERVICE, "unitCode"),
            kind(UnitReportSubmitted.class, Topics.UNIT_REPORT_SUBMITTED, EventTypes.UNIT_REPORT_SUBMITTED,
                    REPORTING_SERVICE, "unitCode"),
            kind(DepartmentReportSubmitted.class, Topics.DEPARTMENT_REPORT_SUBMITTED,
                    EventTypes.DEPARTMENT_REPORT_SUBMITTED, REPORTING_SERVICE, "departmentCode"),
            kind(TaskAcknowledged.class, Topics.TASK_ACKNOWLEDGED, EventTypes.TASK_ACKNOWLEDGED, TASK_SERVICE,
                    "unitCode"),
            kind(TaskRefused.class, Topics.TASK_REFUSED, EventTypes.TASK_REFUSED, TASK_SERVICE, "unitCode"),
            kind(TaskProgressReported.class, Topics.TASK_PROGRESS_REPORTED, EventTypes.TASK_PROGRESS_REPORTED,
                    TASK_SERVICE, "unitCode"),
            kind(TaskResultSubmitted.class, Topics.TASK_RESULT_SUBMITTED, EventTypes.TASK_RESULT_SUBMITTED,
                    TASK_SERVICE, "unitCode"),
            kind(TaskResultReviewed.class, Topics.TASK_RESULT_REVIEWED, EventTypes.TASK_RESULT_REVIEWED,
                    TASK_SERVICE, "unitCode"),
            kind(TaskExtensionRequested.class, Topics.TASK_EXTENSION_REQUESTED,
                    EventTypes.TASK_EXTENSION_REQUESTED, TASK_SERVICE, "unitCode"),
            kind(TaskExtensionDecided.class, Topics.TASK_EXTENSION_DECIDED, EventTypes.TASK_EXTENSION_DECIDED,
                    TASK_SERVICE, "unitCode"),
            kind(TaskWithdrawn.class, Topics.TASK_WITHDRAWN, EventTypes.TASK_WITHDRAWN, TASK_SERVICE, "unitCode"),
            kind(TaskNoteAdded.class, Topics.TASK_NOTE_ADDED, EventTypes.TASK_NOTE_ADDED, TASK_SERVICE, "unitCode"),
            kind(TaskReminderSent.class, Topics.TASK_REMINDER_SENT, EventTypes.TASK_REMINDER_SENT, TASK_SERVICE,
                    "unitCode"),
            kind(TaskOverdue.class, Topics.TASK_OVERDUE, EventTypes.TASK_OVERDUE, TASK_SERVICE, "unitCode"),
            kind(TaskDueSoon.class, Topics.TASK_DUE_SOON, EventTypes.TASK_DUE_SOON, TASK_SERVICE, "unitCode"),
            kind(TaskDueDateChanged.class, Topics.TASK_DUE_DATE_CHANGED, EventTypes.TASK_DUE_DATE_CHANGED,
                    TASK_SERVICE, "unitCode"),
            kind(TaskAssignmentChanged.class, Topics.TASK_ASSIGNMENT_CHANGED, EventTypes.TASK_ASSIGNMENT_CHANGED,
                    TASK_SERVICE, "unitCode"),
            kind(UnitDirectoryChanged.class, Topics.UNIT_DIRECTORY_CHANGED, EventTypes.UNIT_DIRECTORY_CHANGED,
                    PLAN_SERVICE, "unitId"),
            kind(AssignmentStatusChanged.class, Topics.ASSIGNMENT_STATUS, EventTypes.ASSIGNMENT_STATUS_CHANGED,
                    REPORTING_SERVICE, "assignmentId"));

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
    public static EventKind ofType(String type) {
        return BY_TYPE.get(type);
    }

    private static EventKind kind(Class<? extends IntegrationEvent> payload, String topic, String type,
            String writer, String key) {
        return new EventKind(payload, topic, type, writer, key);
    }
}
