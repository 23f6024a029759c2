package vn.dondoc.task.status;

import java.time.LocalDate;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.Timeliness;

/**
 * An assignment's status on one date: progress × timeliness. The Government Office column is
 * reporting-service's to decide (ADR 0007).
 *
 * @param dueDate     the deadline in force on that date (after approved extensions), or null
 * @param daysOverdue days past the deadline (on the as-of date, or at submission), else 0
 * @param daysLeft    days left until the deadline when open and not overdue, else null
 */
public record DerivedStatus(
        LocalDate asOf,
        AssignmentStatus progress,
        Timeliness timeliness,
        LocalDate dueDate,
        long daysOverdue,
        Long daysLeft) {
}
