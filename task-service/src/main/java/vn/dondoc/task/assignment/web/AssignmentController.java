package vn.dondoc.task.assignment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.task.assignment.AssignmentFilter;
import vn.dondoc.task.assignment.AssignmentQueries;
import vn.dondoc.task.assignment.AssignmentStatus;
import vn.dondoc.task.assignment.Assignments;

/** Reads assignments; every status is derived for {@code asOf} (default: today in Asia/Ho_Chi_Minh). */
@RestController
class AssignmentController {

    private final Assignments assignments;
    private final AssignmentQueries queries;
    private final Clock clock;

    AssignmentController(Assignments assignments, AssignmentQueries queries, Clock clock) {
        this.assignments = assignments;
        this.queries = queries;
        this.clock = clock;
    }

    /** A unit's work, earliest deadline first; {@code open=true} leaves out closed ones. */
    @GetMapping("/units/{unitCode}/assignments")
    List<AssignmentView> ofUnit(@PathVariable String unitCode,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        return (open ? queries.openWorkOf(unitCode) : assignments.ofUnitByDueDate(unitCode)).stream()
                .map(assignment -> AssignmentView.of(assignment, day)).toList();
    }

    @GetMapping("/plans/{planId}/assignments")
    List<AssignmentView> ofPlan(@PathVariable String planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        return assignments.findByPlanIdOrderByIdAsc(planId).stream()
                .map(assignment -> AssignmentView.of(assignment, day)).toList();
    }

    /** Filters by plan, unit, progress status and text (with or without diacritics). */
    @GetMapping("/assignments")
    List<AssignmentView> search(@RequestParam(required = false) String plan,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) AssignmentStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        return queries.find(new AssignmentFilter(plan, unit, status, q)).stream()
                .map(assignment -> AssignmentView.of(assignment, day)).toList();
    }

    /** The office's overdue list, most days overdue first. */
    @GetMapping("/overdue")
    List<AssignmentView> overdue(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        return queries.overdue(day).stream()
                .map(overdue -> AssignmentView.of(overdue.assignment(), day)).toList();
    }

    @GetMapping("/assignments/{assignmentId}")
    ResponseEntity<AssignmentView> one(@PathVariable String assignmentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        return ResponseEntity.of(assignments.findById(assignmentId)
                .map(assignment -> AssignmentView.withHistory(assignment, day)));
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
