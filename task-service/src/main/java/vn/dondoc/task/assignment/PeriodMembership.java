package vn.dondoc.task.assignment;

import vn.dondoc.vocabulary.ReportingPeriod;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Whether an assignment belongs to a reporting period (domain.md section 5), judged on the plan's
 * dates and the assignment's state at the period's cut-off. First the two rules both services share
 * ({@link vn.dondoc.vocabulary.PeriodMembership}): an assignment made after the cut-off does not
 * belong, even when its plan began earlier; an instance of a recurring task belongs to its own period only.
 * Then: a task without deadline
 * (continuous) when the plan's coverage overlaps the period's data window and it was not withdrawn
 * or refused by the cut-off; any other assignment of a plan in force by the cut-off when it is open
 * at the cut-off (open items carry over, also past the coverage) or was accepted as completed inside
 * the window (a result submitted 10/03 and accepted 20/03 is open in Q1 and completed in Q2).
 */
public final class PeriodMembership {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PeriodMembership() {
    }

    /**
     * @param coverageStart the plan's first day, or {@code null} (unknown: no lower bound)
     * @param coverageEnd   the plan's last day, or {@code null} (then 31/12 of the start's year)
     */
    public static boolean belongs(Assignment assignment, ReportingPeriod period, LocalDate coverageStart,
            LocalDate coverageEnd) {
        LocalDate assignedOn = assignment.assignedAt() == null ? null
                : LocalDate.ofInstant(assignment.assignedAt(), ZONE);
        if (!vn.dondoc.vocabulary.PeriodMembership.assignedBy(assignedOn, period.cutOff())) {
            return false;
        }
        String instance = assignment.instanceKey();
        if (instance != null && !instance.startsWith(Assignment.OCCURRENCE)) {
            return vn.dondoc.vocabulary.PeriodMembership.instanceMayCount(instance, period);
        }
        if (coverageStart != null && coverageStart.isAfter(period.cutOff())) {
            return false;
        }
        AssignmentStatus atCutOff = AssignmentStatusPolicy.derive(assignment, period.cutOff()).progress();
        if (assignment.originalDueDate() == null) {
            LocalDate end = coverageEnd != null ? coverageEnd
                    : coverageStart == null ? null : LocalDate.of(coverageStart.getYear(), 12, 31);
            return (end == null || !end.isBefore(period.windowStart()))
                    && atCutOff != AssignmentStatus.WITHDRAWN && atCutOff != AssignmentStatus.REFUSED;
        }
        if (atCutOff.isOpen()) {
            return true;
        }
        LocalDate accepted = acceptedBy(assignment, period.cutOff());
        return atCutOff == AssignmentStatus.COMPLETED && accepted != null
                && !accepted.isBefore(period.windowStart()) && !accepted.isAfter(period.cutOff());
    }

    /**
     * The day the office accepted the result in force on that day (the last time by then the assignment
     * became completed): a result counts as completed in the period that holds its acceptance, as
     * reporting-service counts it (domain guide §5); the completion date of one stored without history.
     */
    static LocalDate acceptedBy(Assignment assignment, LocalDate day) {
        LocalDate accepted = null;
        AssignmentStatus before = null;
        for (HistoryEntry line : assignment.history()) {
            if (line.on().isAfter(day)) {
                break;
            }
            if (line.statusAfter() == AssignmentStatus.COMPLETED && before != AssignmentStatus.COMPLETED) {
                accepted = line.on();
            }
            before = line.statusAfter();
        }
        return assignment.history().isEmpty() ? assignment.completedOn() : accepted;
    }
}
