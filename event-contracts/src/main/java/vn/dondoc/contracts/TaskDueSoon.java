package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open assignment is due within 3 days (published once per assignment and deadline by the daily
 * job). Key: {@code unitCode}.
 *
 * @param actor who did it (the user or {@code system} for the daily job)
 * @param dueDate the deadline
 * @param asOf the day the job found it due soon
 * @param daysLeft days left until the deadline (0 = due today)
 * @param departmentCode the department (Sở) the assignment belongs to, the part of the unit code
 *                       before the first dot; {@code null} from producers before it was carried
 */
public record TaskDueSoon(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String planId,
        String taskId,
        String unitCode,
        String actor,
        LocalDate dueDate,
        LocalDate asOf,
        long daysLeft,
        String departmentCode) implements IntegrationEvent {

    public TaskDueSoon {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(planId, "planId");
        Required.text(taskId, "taskId");
        Required.text(unitCode, "unitCode");
        Required.text(actor, "actor");
        Required.value(dueDate, "dueDate");
        Required.value(asOf, "asOf");
    }

    /** As published before the department was carried. */
    public TaskDueSoon(String eventId, Instant occurredAt, String assignmentId, String planId, String taskId,
            String unitCode, String actor, LocalDate dueDate, LocalDate asOf, long daysLeft) {
        this(eventId, occurredAt, assignmentId, planId, taskId, unitCode, actor, dueDate, asOf, daysLeft,
                null);
    }
}
