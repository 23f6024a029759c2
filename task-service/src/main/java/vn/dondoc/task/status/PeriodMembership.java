package vn.dondoc.task.status;

import java.time.LocalDate;
import java.time.ZoneId;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.HistoryEntry;
import vn.dondoc.task.assignment.Origin;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.Coverage;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * Whether an assignment belongs to a reporting period (domain.md section 5), judged on the plan's
 * dates and the assignment's state at the period's cut-off — the assignments reporting-service counts
 * in that period's matrix (ADR 0007). First the two rules both services share
 * ({@link vn.dondoc.vocabulary.PeriodMembership}): an assignment made after the cut-off does not
 * belong, even when its plan began earlier; an instance of a recurring task belongs to its own period
 * only. Then, for a plan in force by the cut-off: withdrawn inside the window (reported apart), not
 * when withdrawn earlier or refused; completed when the office accepted it inside the window; open at
 * the cut-off — a continuous task while the plan's coverage overlaps the window, any other open
 * assignment carried over into every later period (also past its deadline and the coverage).
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
        LocalDate assignedOn = assignment.origin().assignedAt() == null ? null
                : LocalDate.ofInstant(assignment.origin().assignedAt(), ZONE);
        if (!vn.dondoc.vocabulary.PeriodMembership.assignedBy(assignedOn, period.cutOff())) {
            return false;
        }
        String instance = assignment.origin().instanceKey();
        if (instance != null && !instance.startsWith(Origin.OCCURRENCE)) {
            return vn.dondoc.vocabulary.PeriodMembership.instanceMayCount(instance, period);
        }
        if (coverageStart != null && coverageStart.isAfter(period.cutOff())) {
            return false;
        }
        AssignmentStatus atCutOff = AssignmentStatusPolicy.derive(assignment, period.cutOff()).progress();
        return switch (atCutOff) {
            case REFUSED -> false;
            case COMPLETED -> vn.dondoc.vocabulary.PeriodMembership.completedWithin(
                    becameBy(assignment, atCutOff, period.cutOff()), period.windowStart(), period.cutOff());
            case WITHDRAWN -> insideWindow(becameBy(assignment, atCutOff, period.cutOff()), period);
            default -> !TimeframeKind.CONTINUOUS.is(assignment.origin().timeframeKind())
                    || coverageOverlaps(period, coverageStart, coverageEnd);
        };
    }

    /** The shared rule ({@link Coverage}): a plan without an end date ends on 31/12 of its start year. */
    private static boolean coverageOverlaps(ReportingPeriod period, LocalDate coverageStart, LocalDate coverageEnd) {
        return new Coverage(coverageStart, coverageEnd).overlaps(period.windowStart(), period.cutOff());
    }

    private static boolean insideWindow(LocalDate day, ReportingPeriod period) {
        return day != null && !day.isBefore(period.windowStart()) && !day.isAfter(period.cutOff());
    }

    /**
     * The day the assignment last entered that state by the given day: for a completed one the day the
     * office accepted the result — a result counts as completed in the period that holds its acceptance,
     * as reporting-service counts it (domain guide §5); for a withdrawn one the day it was withdrawn.
     * Stored without history: its completion date, or none.
     */
    static LocalDate becameBy(Assignment assignment, AssignmentStatus state, LocalDate day) {
        if (assignment.history().isEmpty()) {
            return state == AssignmentStatus.COMPLETED ? assignment.work().completedOn() : null;
        }
        LocalDate since = null;
        AssignmentStatus before = null;
        for (HistoryEntry line : assignment.history()) {
            if (line.on().isAfter(day)) {
                break;
            }
            if (line.statusAfter() == state && before != state) {
                since = line.on();
            }
            before = line.statusAfter();
        }
        return since;
    }
}
