package vn.dondoc.task.assignment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dondoc.contracts.AssignmentRole;

/**
 * When the daily job announces a deadline: {@code task-due-soon} once when a lead's open work is
 * due within {@value #DUE_SOON_DAYS} days, {@code task-overdue} once when the day after the
 * deadline has come — once per assignment and deadline (an approved extension is a new deadline).
 * Submitted results wait for the office and are not announced.
 */
public final class DeadlineAlerts {

    /** "Sắp đến hạn": at most this many days before the deadline. */
    public static final int DUE_SOON_DAYS = 3;

    private DeadlineAlerts() {
    }

    public static boolean dueSoon(Assignment assignment, LocalDate today) {
        if (!watched(assignment) || assignment.dueDate().equals(assignment.dueSoonAnnouncedFor())) {
            return false;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, assignment.dueDate());
        return daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS;
    }

    public static boolean overdue(Assignment assignment, LocalDate today) {
        return watched(assignment) && today.isAfter(assignment.dueDate())
                && !assignment.dueDate().equals(assignment.overdueAnnouncedFor());
    }

    static void requireDueSoon(Assignment assignment, LocalDate today) {
        if (!dueSoon(assignment, today)) {
            throw new IllegalTransitionException("báo sắp đến hạn", assignment,
                    "không sắp đến hạn hoặc đã báo");
        }
    }

    static void requireOverdue(Assignment assignment, LocalDate today) {
        if (!overdue(assignment, today)) {
            throw new IllegalTransitionException("báo quá hạn", assignment,
                    "không quá hạn hoặc đã báo");
        }
    }

    private static boolean watched(Assignment assignment) {
        return assignment.role() == AssignmentRole.LEAD && assignment.dueDate() != null
                && assignment.status().isWorkable();
    }
}
