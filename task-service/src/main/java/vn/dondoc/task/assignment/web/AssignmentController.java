package vn.dondoc.task.assignment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.task.assignment.Actor;
import vn.dondoc.task.assignment.AssignmentFilter;
import vn.dondoc.task.assignment.AssignmentPermissions;
import vn.dondoc.task.assignment.AssignmentQueries;
import vn.dondoc.task.assignment.AssignmentStatus;
import vn.dondoc.task.assignment.Assignments;
import vn.dondoc.task.assignment.ForbiddenActionException;
import vn.dondoc.task.assignment.InvalidCommandException;
import vn.dondoc.task.assignment.ReportingPeriod;

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

    /** A plan's assignments; a unit sees its own among them. */
    @GetMapping("/plans/{planId}/assignments")
    List<AssignmentView> ofPlan(@PathVariable String planId, @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        Actor actor = TokenActor.of(token);
        return assignments.findByPlanIdOrderByIdAsc(planId).stream()
                .filter(assignment -> AssignmentPermissions.maySee(actor, assignment))
                .map(assignment -> AssignmentView.of(assignment, day)).toList();
    }

    /**
     * Filters by plan, unit, progress status, text (with or without diacritics) and reporting
     * period ({@code 2025-Q3}, see {@code PeriodMembership}); a unit finds only its own assignments
     * and may not ask for another unit's.
     */
    @GetMapping("/assignments")
    List<AssignmentView> search(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) AssignmentStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        ReportingPeriod reportingPeriod = period == null || period.isBlank() ? null : ReportingPeriod.parse(period);
        if (period != null && !period.isBlank() && reportingPeriod == null) {
            throw new InvalidCommandException("period", "Kỳ báo cáo «" + period
                    + "» không hợp lệ: dùng dạng 2025-M09, 2025-Q3, 2025-H2, 2025-9M hoặc 2025-Y");
        }
        Actor actor = TokenActor.of(token);
        if (unit != null && !actor.directs() && !actor.has(Actor.Role.PROVINCE) && !actor.isUnit(unit)) {
            throw new ForbiddenActionException("Đơn vị chỉ được xem phân công của mình, không phải của " + unit);
        }
        return queries.find(new AssignmentFilter(plan, unit, status, q, reportingPeriod)).stream()
                .filter(assignment -> AssignmentPermissions.maySee(actor, assignment))
                .map(assignment -> AssignmentView.of(assignment, day)).toList();
    }

    /** The office's overdue list, most days overdue first; a unit sees its own. */
    @GetMapping("/overdue")
    List<AssignmentView> overdue(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        Actor actor = TokenActor.of(token);
        return queries.overdue(day).stream()
                .filter(overdue -> AssignmentPermissions.maySee(actor, overdue.assignment()))
                .map(overdue -> AssignmentView.of(overdue.assignment(), day)).toList();
    }

    /** One assignment with its history; another unit's is 403. */
    @GetMapping("/assignments/{assignmentId}")
    ResponseEntity<AssignmentView> one(@PathVariable String assignmentId, @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        Actor actor = TokenActor.of(token);
        return ResponseEntity.of(assignments.findById(assignmentId)
                .map(assignment -> {
                    if (!AssignmentPermissions.maySee(actor, assignment)) {
                        throw new ForbiddenActionException("Chỉ đơn vị " + assignment.unitCode()
                                + " được xem phân công của mình");
                    }
                    return assignment;
                })
                .map(assignment -> AssignmentView.withHistory(assignment, day)));
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
