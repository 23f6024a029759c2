package vn.dondoc.notification.tracking;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An assignment as notification-service knows it, from {@code task-assigned} and the lifecycle
 * events after it. Its id is the assignment id.
 *
 * @param overdueDueDate the deadline announced as passed by {@code task-overdue}; null when not overdue
 * @param overdueSince   the day it was announced overdue: weekly reminders count from it
 * @param awaitingReview a result is submitted and not yet reviewed: no weekly reminder
 * @param closed         accepted, withdrawn, or its plan withdrawn: nothing more to remind
 */
@Document("assignments")
@CompoundIndex(name = "plan", def = "{'planId': 1}") // the units of an amended or withdrawn plan
public record TrackedAssignment(
        @Id String id,
        String unitCode,
        String planId,
        String planNumber,
        String taskId,
        String taskNumber,
        String taskContent,
        LocalDate overdueDueDate,
        LocalDate overdueSince,
        boolean awaitingReview,
        boolean closed) {

    /** "Kế hoạch 185/KH-SKHCN, mục 2.3.3" */
    public String label() {
        return "Kế hoạch " + (planNumber == null ? "(chưa có số)" : planNumber)
                + (taskNumber == null || taskNumber.isBlank() ? "" : ", mục " + taskNumber);
    }

    /** Whether the weekly overdue reminder applies. */
    public boolean remindsWeekly() {
        return overdueDueDate != null && !awaitingReview && !closed;
    }
}
