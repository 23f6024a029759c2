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
import vn.dondoc.security.Caller;
import vn.dondoc.task.assignment.Actor;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentFilter;
import vn.dondoc.task.assignment.AssignmentPermissions;
import vn.dondoc.task.assignment.AssignmentQueries;
import vn.dondoc.task.assignment.AssignmentStatus;
import vn.dondoc.task.assignment.Assignments;
import vn.dondoc.task.assignment.ForbiddenActionException;
import vn.dondoc.task.assignment.InvalidCommandException;
import vn.dondoc.task.assignment.ReportingPeriod;
import vn.dondoc.task.assignment.UnitWorkPages;

/** Reads assignments; every status is derived for {@code asOf} (default: today in Asia/Ho_Chi_Minh). */
@RestController
class AssignmentController {

    /** Response header with the number of assignments on all pages together. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final Assignments assignments;
    private final AssignmentQueries queries;
    private final UnitWorkPages pages;
    private final Clock clock;

    AssignmentController(Assignments assignments, AssignmentQueries queries, UnitWorkPages pages, Clock clock) {
        this.assignments = assignments;
        this.queries = queries;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * A unit's work, earliest deadline first; {@code open=true} leaves out closed ones, {@code period}
     * keeps those of a reporting period. {@code page} (0-based) and {@code size} (1–500) give one
     * page; {@code X-Total-Count} tells how many there are in all.
     */
    @GetMapping("/units/{unitCode}/assignments")
    ResponseEntity<List<AssignmentView>> ofUnit(@PathVariable String unitCode,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        ReportingPeriod reportingPeriod = period(period);
        ListPage listPage = ListPage.of(page, size);
        if (reportingPeriod == null && !listPage.whole()) {
            UnitWorkPages.WorkPage work = pages.of(unitCode, open, listPage.from(), listPage.size());
            return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(work.total()))
                    .body(work.assignments().stream().map(assignment -> AssignmentView.of(assignment, day)).toList());
        }
        List<Assignment> all = queries.belongingTo(
                open ? queries.openWorkOf(unitCode) : assignments.ofUnitByDueDate(unitCode), reportingPeriod);
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(all.size()))
                .body(listPage.of(all).stream().map(assignment -> AssignmentView.of(assignment, day)).toList());
    }

    /** A plan's assignments, of a reporting period if {@code period} is given; a unit sees its own. */
    @GetMapping("/plans/{planId}/assignments")
    List<AssignmentView> ofPlan(@PathVariable String planId, @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        ReportingPeriod reportingPeriod = period(period);
        Actor actor = TokenActor.of(token);
        return queries.belongingTo(assignments.findByPlanIdOrderByIdAsc(planId), reportingPeriod).stream()
                .filter(assignment -> AssignmentPermissions.maySee(actor, assignment))
                .map(assignment -> AssignmentView.of(assignment, day)).toList();
    }

    /**
     * Filters by plan, unit, progress status, text (with or without diacritics) and reporting
     * period ({@code 2025-Q3}, see {@code PeriodMembership}); a unit finds only its own assignments
     * and may not ask for another unit's, the office only its department's (another department's
     * unit: 403).
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
        ReportingPeriod reportingPeriod = period(period);
        Actor actor = TokenActor.of(token);
        if (unit != null && !Caller.current().mayReadUnit(unit)) {
            throw new ForbiddenActionException(actor.has(Actor.Role.UNIT)
                    ? "Đơn vị chỉ được xem phân công của mình, không phải của " + unit
                    : "Chỉ được xem phân công của các đơn vị thuộc sở mình, không phải của " + unit);
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

    /** One assignment with its history; another unit's is 403, another department's 404 (as if absent). */
    @GetMapping("/assignments/{assignmentId}")
    ResponseEntity<AssignmentView> one(@PathVariable String assignmentId, @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        Actor actor = TokenActor.of(token);
        return ResponseEntity.of(assignments.findById(assignmentId).filter(actor::reaches)
                .map(assignment -> {
                    if (!AssignmentPermissions.maySee(actor, assignment)) {
                        throw new ForbiddenActionException("Chỉ đơn vị " + assignment.unitCode()
                                + " được xem phân công của mình");
                    }
                    return assignment;
                })
                .map(assignment -> AssignmentView.withHistory(assignment, day)));
    }

    /** The reporting period a {@code period} parameter names, {@code null} when absent. */
    private static ReportingPeriod period(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
        if (reportingPeriod == null) {
            throw new InvalidCommandException("period", "Kỳ báo cáo «" + period
                    + "» không hợp lệ: dùng dạng 2025-M09, 2025-Q3, 2025-H2, 2025-9M hoặc 2025-Y");
        }
        return reportingPeriod;
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
