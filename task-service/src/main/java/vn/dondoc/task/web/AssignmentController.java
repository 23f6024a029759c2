package vn.dondoc.task.web;

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
import vn.dondoc.task.access.Actor;
import vn.dondoc.task.access.AssignmentPermissions;
import vn.dondoc.task.access.ForbiddenActionException;
import vn.dondoc.task.assignment.Assignments;
import vn.dondoc.task.assignment.InvalidCommandException;
import vn.dondoc.task.lists.AssignmentFilter;
import vn.dondoc.task.lists.AssignmentLists;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.web.ListPage;

/**
 * Reads assignments; every status is derived for {@code asOf} (default: today in Asia/Ho_Chi_Minh).
 * Every list is one page ({@code page} 0-based, {@code size} 1–500, default 100; {@link ListPage})
 * asked from the store with the reader's wall in the query, and {@code X-Total-Count} says how many
 * there are on all pages.
 */
@RestController
class AssignmentController {

    /** The longest "due soon" window a client may ask for, in days. */
    static final int MAX_DUE_SOON_DAYS = 31;

    private final Assignments assignments;
    private final AssignmentLists lists;
    private final Clock clock;

    AssignmentController(Assignments assignments, AssignmentLists lists, Clock clock) {
        this.assignments = assignments;
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * A unit's work, earliest deadline first, none last; {@code open=true} leaves out closed ones,
     * {@code period} keeps those of a reporting period.
     */
    @GetMapping("/units/{unitCode}/assignments")
    ResponseEntity<List<AssignmentView>> ofUnit(@PathVariable String unitCode,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ListPage listPage = ListPage.of(page, size);
        return response(lists.ofUnit(unitCode, open, period(period), listPage.offset(), listPage.size()), day(asOf));
    }

    /** A plan's assignments by id, of a reporting period if {@code period} is given; a unit sees its own. */
    @GetMapping("/plans/{planId}/assignments")
    ResponseEntity<List<AssignmentView>> ofPlan(@PathVariable String planId, @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ListPage listPage = ListPage.of(page, size);
        return response(lists.ofPlan(TokenActor.of(token), planId, period(period), listPage.offset(),
                listPage.size()), day(asOf));
    }

    /**
     * Filters by plan, unit, progress status, text (with or without diacritics), reporting period
     * ({@code 2025-Q3}, see {@code PeriodMembership}), a pending extension request and the plan's
     * department ({@code planDepartment}: the plans whose office directs them), earliest
     * deadline first; a unit finds only its own assignments and may not ask for another unit's, the
     * office only its department's (another department's unit: 403).
     */
    @GetMapping("/assignments")
    ResponseEntity<List<AssignmentView>> search(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) AssignmentStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean extensionPending,
            @RequestParam(required = false) String planDepartment,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ListPage listPage = ListPage.of(page, size);
        ReportingPeriod reportingPeriod = period(period);
        Actor actor = TokenActor.of(token);
        if (unit != null && !Caller.current().mayReadUnit(unit)) {
            throw new ForbiddenActionException(actor.has(Actor.Role.UNIT)
                    ? "Đơn vị chỉ được xem phân công của mình, không phải của " + unit
                    : "Chỉ được xem phân công của các đơn vị thuộc sở mình, không phải của " + unit);
        }
        return response(lists.find(actor, new AssignmentFilter(plan, unit, status, q, reportingPeriod,
                extensionPending, planDepartment), listPage.offset(), listPage.size()), day(asOf));
    }

    /**
     * The overdue list: lead assignments not started, in progress or returned past their deadline on
     * {@code asOf}, most days overdue first; a unit sees its own.
     */
    @GetMapping("/overdue")
    ResponseEntity<List<AssignmentView>> overdue(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ListPage listPage = ListPage.of(page, size);
        LocalDate day = day(asOf);
        return response(lists.overdue(TokenActor.of(token), day, LocalDate.now(clock), listPage.offset(),
                listPage.size()), day);
    }

    /**
     * Work due soon: assignments not started, in progress or returned whose deadline falls from
     * {@code asOf} to {@code days} (0–31, default 3) days later, earliest first; a unit sees its own.
     */
    @GetMapping("/due-soon")
    ResponseEntity<List<AssignmentView>> dueSoon(@AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "3") int days,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ListPage listPage = ListPage.of(page, size);
        if (days < 0 || days > MAX_DUE_SOON_DAYS) {
            throw new InvalidCommandException("days", "Số ngày (days) phải từ 0 đến " + MAX_DUE_SOON_DAYS
                    + ", nhận được " + days);
        }
        LocalDate day = day(asOf);
        return response(lists.dueBetween(TokenActor.of(token), day, day.plusDays(days), listPage.offset(),
                listPage.size()), day);
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
                        throw new ForbiddenActionException("Chỉ đơn vị " + assignment.origin().unitCode()
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
        return ReportingPeriod.parse(period).orElseThrow(() -> new InvalidCommandException("period", "Kỳ báo cáo «"
                + period + "» không hợp lệ: dùng dạng 2025-M09, 2025-Q3, 2025-H2, 2025-9M hoặc 2025-Y"));
    }

    private static ResponseEntity<List<AssignmentView>> response(AssignmentLists.Page page, LocalDate day) {
        return ListPage.response(page.items().stream().map(assignment -> AssignmentView.of(assignment, day)).toList(),
                page.total());
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
