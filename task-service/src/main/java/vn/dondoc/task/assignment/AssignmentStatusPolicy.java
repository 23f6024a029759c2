package vn.dondoc.task.assignment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.dondoc.vocabulary.DueSoon;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * Derives an assignment's status for any date from its history: the progress and deadline in force
 * that day (extensions count from the day they were approved, the original deadline stays in the
 * record) and the timeliness. "Overdue" means as-of date > deadline; a submitted or accepted result
 * is judged by its submission date. The Government Office column is reporting-service's (ADR 0007).
 */
public final class AssignmentStatusPolicy {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private AssignmentStatusPolicy() {
    }

    public static DerivedStatus derive(Assignment assignment, LocalDate asOf) {
        HistoryEntry line = stateOn(historyOf(assignment), asOf);
        if (line == null) {
            return new DerivedStatus(asOf, AssignmentStatus.NOT_STARTED, Timeliness.NOT_APPLICABLE,
                    assignment.originalDueDate(), 0, null);
        }
        AssignmentStatus progress = line.statusAfter();
        LocalDate due = line.dueDateAfter();
        if (progress == AssignmentStatus.WITHDRAWN || progress == AssignmentStatus.REFUSED) {
            return new DerivedStatus(asOf, progress, Timeliness.NOT_APPLICABLE, due, 0, null);
        }
        if (due == null) {
            return new DerivedStatus(asOf, progress, TimeframeKind.UNSPECIFIED.is(assignment.timeframeKind())
                    ? Timeliness.TIMEFRAME_TO_SET : Timeliness.NO_DEADLINE, null, 0, null);
        }
        if (progress == AssignmentStatus.COMPLETED || progress == AssignmentStatus.SUBMITTED) {
            long late = Math.max(0, ChronoUnit.DAYS.between(due, line.submittedOn()));
            return new DerivedStatus(asOf, progress,
                    late > 0 ? Timeliness.OVERDUE : Timeliness.WITHIN_DEADLINE, due, late, null);
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, due);
        if (daysLeft < 0) {
            return new DerivedStatus(asOf, progress, Timeliness.OVERDUE, due, -daysLeft, null);
        }
        Timeliness timeliness = daysLeft <= DueSoon.DAYS ? Timeliness.DUE_SOON
                : Timeliness.WITHIN_DEADLINE;
        return new DerivedStatus(asOf, progress, timeliness, due, 0, daysLeft);
    }

    /** Assignments stored before histories were kept get one line: their current state since assignment. */
    private static List<HistoryEntry> historyOf(Assignment assignment) {
        if (!assignment.history().isEmpty() || assignment.assignedAt() == null) {
            return assignment.history();
        }
        LocalDate assignedOn = LocalDate.ofInstant(assignment.assignedAt(), ZONE);
        return List.of(new HistoryEntry(assignment.assignedAt(), assignedOn, null, "Assign", null, null,
                null, assignment.status(), assignment.dueDate(), assignment.submittedOn()));
    }

    /** The last history line on or before the date: the state in force at the end of that day. */
    private static HistoryEntry stateOn(List<HistoryEntry> history, LocalDate asOf) {
        HistoryEntry last = null;
        for (HistoryEntry line : history) {
            if (!line.on().isAfter(asOf)) {
                last = line;
            }
        }
        return last;
    }
}
