package vn.dondoc.reporting.unitfigures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.vocabulary.AssignmentStatus;

/**
 * Folds an assignment and its lifecycle facts, in the order they happened, into what was true at
 * the end of an as-of day. Facts of later days are ignored, so figures recomputed for a past
 * period from the events equal what was counted at its cut-off (an extension counts from the day
 * it was approved; a result accepted after the cut-off was still awaiting review at it; a role
 * changed by a plan amendment counts from the day of the change). The progress axis follows
 * task-service's lifecycle: acknowledged or progress reported → in progress, submitted, accepted →
 * completed, returned, refused, withdrawn; a role change starts over (not started).
 */
final class AssignmentTimeline {

    private static final Comparator<LifecycleFact> HAPPENED = Comparator.comparing(LifecycleFact::occurredAt)
            .thenComparing(LifecycleFact::eventId);

    private AssignmentTimeline() {
    }

    static AssignmentFacts at(AssignedTask task, List<LifecycleFact> facts, LocalDate asOf) {
        AssignmentRole role = task.role();
        LocalDate planDue = task.dueDate();
        LocalDate due = planDue;
        LocalDate completedOn = null;
        LocalDate acceptedOn = null;
        LocalDate submittedOn = null;
        LocalDate withdrawnOn = null;
        LocalDate refusedOn = null;
        AssignmentStatus progress = AssignmentStatus.NOT_STARTED;
        for (LifecycleFact fact : facts.stream().sorted(HAPPENED).toList()) {
            if (fact.occurredOn().isAfter(asOf)) {
                break;
            }
            switch (fact.kind()) {
                case ACKNOWLEDGED -> progress = progress == AssignmentStatus.NOT_STARTED ? AssignmentStatus.IN_PROGRESS
                        : progress;
                case PROGRESS_REPORTED -> progress = progress.isWorkable() ? AssignmentStatus.IN_PROGRESS : progress;
                case RESULT_SUBMITTED -> {
                    submittedOn = orElse(fact.date(), fact.occurredOn());
                    progress = AssignmentStatus.SUBMITTED;
                }
                case RESULT_ACCEPTED -> {
                    completedOn = orElse(fact.date(), orElse(submittedOn, fact.occurredOn()));
                    acceptedOn = fact.occurredOn();
                    submittedOn = null;
                    progress = AssignmentStatus.COMPLETED;
                }
                case RESULT_RETURNED -> {
                    completedOn = null;
                    acceptedOn = null;
                    submittedOn = null;
                    progress = AssignmentStatus.RETURNED;
                }
                case DUE_DATE_SET -> due = fact.date();
                case PLAN_DUE_DATE_SET -> {
                    planDue = fact.date();
                    due = planDue;
                }
                case ROLE_CHANGED -> {
                    if (fact.role() != null && fact.role() != role) {
                        // task-service's AssignmentAmendment: the unit starts over in the new role
                        role = fact.role();
                        completedOn = null;
                        acceptedOn = null;
                        submittedOn = null;
                        due = planDue;
                        progress = AssignmentStatus.NOT_STARTED;
                    }
                }
                case REFUSED -> {
                    refusedOn = fact.occurredOn();
                    progress = AssignmentStatus.REFUSED;
                }
                case WITHDRAWN -> {
                    withdrawnOn = fact.occurredOn();
                    progress = AssignmentStatus.WITHDRAWN;
                }
            }
        }
        return new AssignmentFacts(role, task.assignedOn(), due, completedOn, withdrawnOn,
                task.timeframeKind(), acceptedOn, submittedOn, refusedOn, null, null, progress);
    }

    private static LocalDate orElse(LocalDate value, LocalDate fallback) {
        return value != null ? value : fallback;
    }
}
