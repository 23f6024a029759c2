package vn.dondoc.reporting.assignmentstatus;

import java.time.LocalDate;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.reporting.unitfigures.AssignmentFacts;
import vn.dondoc.reporting.unitfigures.AssignmentOnDate;
import vn.dondoc.reporting.unitfigures.MatrixCounting;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.GovernmentOfficeColumn;
import vn.dondoc.vocabulary.PeriodMembership;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.vocabulary.Timeliness;
import vn.dondoc.vocabulary.TimelinessJudgement;

/**
 * What {@code assignment-status} says of an assignment: a new event is written when this changes.
 * The timeliness is the shared {@link TimelinessJudgement} (task-service judges with it too), the
 * column the one {@link MatrixCounting} of the period reports; an instance of a recurring task
 * counts in its own period only.
 *
 * @param period key of the unit's current reporting period, in which {@code column} is taken
 */
record AssignmentState(AssignmentRole role, AssignmentStatus progress, Timeliness timeliness, LocalDate dueDate,
        GovernmentOfficeColumn column, String period) {

    static AssignmentState of(AssignmentOnDate assignment, ReportingPeriod period, LocalDate today) {
        AssignmentFacts facts = assignment.facts();
        AssignmentStatus progress = facts.progress();
        LocalDate submittedOn = progress == AssignmentStatus.COMPLETED ? facts.completedOn() : facts.submittedOn();
        Timeliness timeliness = TimelinessJudgement.of(progress, facts.dueDate(), submittedOn, today,
                facts.timeframeKind()).timeliness();
        GovernmentOfficeColumn column = PeriodMembership.instanceMayCount(assignment.task().instanceKey(), period)
                ? MatrixCounting.columnOf(facts, period.windowStart(), MatrixCounting.effectiveAsOf(today,
                        period.windowEnd()))
                : GovernmentOfficeColumn.NOT_COUNTED;
        return new AssignmentState(facts.role(), progress, timeliness, facts.dueDate(), column, period.key());
    }
}
