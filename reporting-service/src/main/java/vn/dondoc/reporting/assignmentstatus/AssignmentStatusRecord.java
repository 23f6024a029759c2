package vn.dondoc.reporting.assignmentstatus;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.reporting.unitfigures.AssignedTask;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.GovernmentOfficeColumn;
import vn.dondoc.vocabulary.Timeliness;

/**
 * The state last published on {@code assignment-status} for one assignment (id: assignment id), with
 * the events not yet relayed ({@code pendingEvents}, written in the same update as the state).
 *
 * @param revision raised by every write: a write names the revision it read, so of two concurrent
 *                 refreshes the one that read older facts is refused and computes again
 * @param asOf     the day the state was determined
 * @param pendingEvents the events not yet relayed
 */
@CompoundIndex(name = "unit", def = "{'unitCode': 1}") // the daily re-evaluation reads a unit's at once
@Document("assignment_status")
record AssignmentStatusRecord(
        @Id String assignmentId,
        String unitCode,
        AssignmentRole role,
        AssignmentStatus progress,
        Timeliness timeliness,
        LocalDate dueDate,
        GovernmentOfficeColumn column,
        String period,
        LocalDate asOf,
        long revision,
        List<PendingEvent> pendingEvents) {

    /** The first state of an assignment, with its event. */
    static AssignmentStatusRecord first(AssignedTask task, AssignmentState state, LocalDate asOf, PendingEvent event) {
        return new AssignmentStatusRecord(task.assignmentId(), task.unitCode(), state.role(), state.progress(),
                state.timeliness(), state.dueDate(), state.column(), state.period(), asOf, 1, List.of(event));
    }

    AssignmentState state() {
        return new AssignmentState(role, progress, timeliness, dueDate, column, period);
    }
}
