package vn.dondoc.task.assignment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentStatus;

/** An assignment as the API shows it. */
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
        AssignmentStatus status,
        Instant assignedAt,
        int unpublishedEvents) {

    static AssignmentView of(Assignment assignment) {
        return new AssignmentView(assignment.id(), assignment.planId(), assignment.planNumber(),
                assignment.taskNumber(), assignment.taskContent(), assignment.unitCode(),
                assignment.role(), assignment.leadUnits(), assignment.dueDate(), assignment.status(),
                assignment.assignedAt(), assignment.pendingEvents().size());
    }
}
