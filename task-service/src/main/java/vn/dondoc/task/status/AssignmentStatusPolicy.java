package vn.dondoc.task.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.HistoryEntry;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.Timeliness;
import vn.dondoc.vocabulary.TimelinessJudgement;

/**
 * Derives an assignment's status for any date from its history: the progress and deadline in force
 * that day (extensions count from the day they were approved, the original deadline stays in the
 * record) and the timeliness by the shared {@link TimelinessJudgement}. The Government Office column
 * is reporting-service's (ADR 0007).
 */
public final class AssignmentStatusPolicy {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private AssignmentStatusPolicy() {
    }

    public static DerivedStatus derive(Assignment assignment, LocalDate asOf) {
        HistoryEntry line = stateOn(historyOf(assignment), asOf);
        if (line == null) {
            return new DerivedStatus(asOf, AssignmentStatus.NOT_STARTED, Timeliness.NOT_APPLICABLE,
                    assignment.deadline().originalDueDate(), 0, null);
        }
        TimelinessJudgement judged = TimelinessJudgement.of(line.statusAfter(), line.dueDateAfter(),
                line.submittedOn(), asOf, assignment.origin().timeframeKind());
        return new DerivedStatus(asOf, line.statusAfter(), judged.timeliness(), judged.dueDate(),
                judged.daysOverdue(), judged.daysLeft());
    }

    /** Assignments stored before histories were kept get one line: their current state since assignment. */
    private static List<HistoryEntry> historyOf(Assignment assignment) {
        if (!assignment.history().isEmpty() || assignment.origin().assignedAt() == null) {
            return assignment.history();
        }
        LocalDate assignedOn = LocalDate.ofInstant(assignment.origin().assignedAt(), ZONE);
        return List.of(new HistoryEntry(assignment.origin().assignedAt(), assignedOn, null, "Assign", null, null,
                null, assignment.work().status(), assignment.deadline().dueDate(), assignment.work().submittedOn()));
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
