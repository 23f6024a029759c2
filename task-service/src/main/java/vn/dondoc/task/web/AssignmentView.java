package vn.dondoc.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.ExtensionRequest;
import vn.dondoc.task.assignment.HistoryEntry;
import vn.dondoc.task.status.AssignmentStatusPolicy;
import vn.dondoc.task.status.DerivedStatus;
import vn.dondoc.vocabulary.AssignmentStatus;

/**
 * An assignment as the API shows it, with its status derived for the as-of date.
 *
 * @param history who did what and when; only in the view of one assignment, else null
 */
record AssignmentView(
        String id,
        String planId,
        String planNumber,
        String taskNumber,
        String taskContent,
        String unitCode,
        AssignmentRole role,
        List<String> leadUnits,
        LocalDate dueDate,
        LocalDate originalDueDate,
        AssignmentStatus status,
        String statusLabel,
        int progressPercent,
        LocalDate submittedOn,
        String resultSummary,
        LocalDate completedOn,
        int approvedExtensions,
        ExtensionRequest pendingExtension,
        Instant assignedAt,
        DerivedView derived,
        int unpublishedEvents,
        List<HistoryEntry> history,
        String timeframeKind,
        String instanceKey,
        String instanceLabel,
        String departmentCode) {

    static AssignmentView of(Assignment assignment, LocalDate asOf) {
        return of(assignment, asOf, false);
    }

    static AssignmentView withHistory(Assignment assignment, LocalDate asOf) {
        return of(assignment, asOf, true);
    }

    private static AssignmentView of(Assignment assignment, LocalDate asOf, boolean history) {
        return new AssignmentView(assignment.id(), assignment.origin().planId(), assignment.origin().planNumber(),
                assignment.terms().taskNumber(), assignment.terms().taskContent(), assignment.origin().unitCode(),
                assignment.terms().role(), assignment.terms().leadUnits(), assignment.deadline().dueDate(),
                assignment.deadline().originalDueDate(), assignment.work().status(), assignment.work().status().label(),
                assignment.work().progressPercent(), assignment.work().submittedOn(), assignment.work().resultSummary(),
                assignment.work().completedOn(), assignment.deadline().approvedExtensions(),
                assignment.deadline().pendingExtension(), assignment.origin().assignedAt(),
                DerivedView.of(AssignmentStatusPolicy.derive(assignment, asOf)),
                assignment.pendingEvents().size(), history ? assignment.history() : null,
                assignment.origin().timeframeKind(), assignment.origin().instanceKey(), assignment.origin().instanceLabel(),
                assignment.origin().departmentCode());
    }

    /** The derived status with its Vietnamese labels; the Government Office column is reporting-service's. */
    record DerivedView(LocalDate asOf, String progress, String timeliness, String timelinessLabel,
            LocalDate dueDate, long daysOverdue, Long daysLeft) {

        static DerivedView of(DerivedStatus status) {
            return new DerivedView(status.asOf(), status.progress().name(),
                    status.timeliness().name(), status.timeliness().label(), status.dueDate(),
                    status.daysOverdue(), status.daysLeft());
        }
    }
}
