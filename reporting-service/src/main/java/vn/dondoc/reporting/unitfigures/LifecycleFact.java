package vn.dondoc.reporting.unitfigures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.AssignmentRole;

/**
 * One task-lifecycle event as reporting keeps it, keyed by the event id: a redelivery hits the
 * duplicate key and changes nothing. Stored by assignment id whether or not {@code task-assigned}
 * has arrived yet, so an event read before its assignment is counted once the assignment is known.
 *
 * @param occurredOn the day it happened in Asia/Ho_Chi_Minh: it counts in figures as of that day on
 * @param date       the date the event carries: the completion date of an accepted result, the
 *                   submission date of a result, the deadline in force after an extension or a plan
 *                   amendment ({@code null}: no deadline any more); {@code null} for the others
 * @param role       the role the unit holds from this event on ({@link Kind#ROLE_CHANGED}); {@code null}
 *                   for the others
 */
@CompoundIndex(name = "unit", def = "{'unitCode': 1}") // a unit's figures read its lifecycle events
@CompoundIndex(name = "kind", def = "{'kind': 1}") // the role changes in the unit counts
@CompoundIndex(name = "assignment", def = "{'assignmentId': 1}") // the facts of a plan's assignments (provincial rollup)
@Document("assignment_lifecycle")
public record LifecycleFact(
        @Id String eventId,
        String assignmentId,
        String unitCode,
        Kind kind,
        Instant occurredAt,
        LocalDate occurredOn,
        LocalDate date,
        AssignmentRole role) {

    /** What happened to the assignment. */
    public enum Kind {
        /** task-acknowledged: the lead unit took the assignment on (progress axis only). */
        ACKNOWLEDGED,
        /** task-progress-reported: the lead unit reported progress (progress axis only). */
        PROGRESS_REPORTED,
        /** task-result-submitted: a result awaits the office's review. */
        RESULT_SUBMITTED,
        /** task-result-reviewed, accepted: completed on the result's submission date. */
        RESULT_ACCEPTED,
        /** task-result-reviewed, returned (trả lại): completion cleared, open again. */
        RESULT_RETURNED,
        /**
         * task-extension-decided (approved): a new deadline in force. Also task-due-date-changed in
         * documents stored before {@link #PLAN_DUE_DATE_SET} existed.
         */
        DUE_DATE_SET,
        /** task-due-date-changed: the amended plan's deadline, in force and the one a role change goes back to. */
        PLAN_DUE_DATE_SET,
        /**
         * task-assignment-changed with a new role (lead ↔ coordinator): counted in that role from
         * this day, started over as task-service does (result dropped, deadline back to the plan's).
         */
        ROLE_CHANGED,
        /** task-refused: the lead unit refused; no longer owed. */
        REFUSED,
        /** task-withdrawn: thu hồi. */
        WITHDRAWN
    }

    public static LifecycleFact of(String eventId, String assignmentId, String unitCode, Kind kind,
            Instant occurredAt, ZoneId zone, LocalDate date) {
        return new LifecycleFact(eventId, assignmentId, unitCode, kind, occurredAt,
                LocalDate.ofInstant(occurredAt, zone), date, null);
    }

    /** The unit holds {@code role} on the assignment from this event on. */
    public static LifecycleFact roleChanged(String eventId, String assignmentId, String unitCode, AssignmentRole role,
            Instant occurredAt, ZoneId zone) {
        return new LifecycleFact(eventId, assignmentId, unitCode, Kind.ROLE_CHANGED, occurredAt,
                LocalDate.ofInstant(occurredAt, zone), null, role);
    }
}
