package vn.dondoc.reporting.assignmentstatus;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.AssignmentRole;
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
        long revision) {

    AssignmentState state() {
        return new AssignmentState(role, progress, timeliness, dueDate, column, period);
    }
}
