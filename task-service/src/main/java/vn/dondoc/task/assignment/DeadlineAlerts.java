package vn.dondoc.task.assignment;

import java.time.LocalDate;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.vocabulary.DueSoon;

/**
 * When the daily job announces a deadline: {@code task-due-soon} once when a lead's open work is
 * is due soon ({@link DueSoon}: at most {@value DueSoon#DAYS} days left), {@code task-overdue} once when the day after the
 * deadline has come — once per assignment and deadline (an approved extension is a new deadline).
 * Submitted results wait for the office and are not announced.
 */
public final class DeadlineAlerts {

    private DeadlineAlerts() {
    }

    public static boolean dueSoon(Assignment assignment, LocalDate today) {
        Deadline deadline = assignment.deadline();
        if (!watched(assignment) || deadline.dueDate().equals(deadline.dueSoonAnnouncedFor())) {
            return false;
        }
        return DueSoon.on(today, assignment.deadline().dueDate());
    }

    public static boolean overdue(Assignment assignment, LocalDate today) {
        return watched(assignment) && today.isAfter(assignment.deadline().dueDate())
                && !assignment.deadline().dueDate().equals(assignment.deadline().overdueAnnouncedFor());
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
        return assignment.terms().role() == AssignmentRole.LEAD && assignment.deadline().dueDate() != null
                && assignment.work().status().isWorkable();
    }
}
