package vn.dondoc.task.assignment.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.task.assignment.Assignments;

/** Reads assignments. */
@RestController
class AssignmentController {

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/units/{unitCode}/assignments")
    List<AssignmentView> ofUnit(@PathVariable String unitCode) {
        return assignments.ofUnitByDueDate(unitCode).stream()
                .map(AssignmentView::of).toList();
    }

    @GetMapping("/plans/{planId}/assignments")
    List<AssignmentView> ofPlan(@PathVariable String planId) {
        return assignments.findByPlanIdOrderByIdAsc(planId).stream().map(AssignmentView::of).toList();
    }

    @GetMapping("/assignments/{assignmentId}")
    ResponseEntity<AssignmentView> one(@PathVariable String assignmentId) {
        return ResponseEntity.of(assignments.findById(assignmentId).map(AssignmentView::of));
    }
}
