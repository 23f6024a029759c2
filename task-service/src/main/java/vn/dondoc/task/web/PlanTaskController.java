package vn.dondoc.task.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.security.Caller;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.planning.PlanTasks;
import vn.dondoc.web.ListPage;
import vn.dondoc.web.RequestLimits;

/**
 * The office's work on plan tasks: the "needs assignment" list, designating units for a task, and
 * recording an occurrence of an event-driven or externally scheduled task.
 */
@RestController
class PlanTaskController {

    private final PlanTasks planTasks;
    private final Clock clock;

    PlanTaskController(PlanTasks planTasks, Clock clock) {
        this.planTasks = planTasks;
        this.clock = clock;
    }

    /** A task on the "needs assignment" list. */
    record UnassignedView(String planId, String planNumber, String taskId, String taskNumber,
            String content, List<String> coordinatorUnits, String timeframeKind, String timeframeText,
            LocalDate dueDate, String reason, List<String> leadUnitsToDesignate,
            List<String> coordinatorUnitsToDesignate) {
    }

    record DesignationRequest(
            @Size(max = RequestLimits.UNITS_PER_TASK, message = "Có quá {max} đơn vị")
            List<@Size(max = RequestLimits.CODE, message = "Mã đơn vị dài quá {max} ký tự") String> leadUnits,
            @Size(max = RequestLimits.UNITS_PER_TASK, message = "Có quá {max} đơn vị")
            List<@Size(max = RequestLimits.CODE, message = "Mã đơn vị dài quá {max} ký tự") String> coordinatorUnits) {
    }

    record OccurrenceRequest(@NotNull(message = "Cần nêu hạn hoàn thành của lần phát sinh") LocalDate dueDate,
            @NotBlank(message = "Cần mô tả lần phát sinh")
            @Size(max = RequestLimits.NOTE, message = "Mô tả lần phát sinh dài quá {max} ký tự") String description) {
    }

    /**
     * The office's list of tasks without lead unit or with "có liên quan" units not designated yet,
     * of the caller's department's plans (the province: all), one page ({@link ListPage});
     * {@code plan} narrows it to one plan. Another department's plan is answered as absent when
     * designating or recording (404).
     */
    @GetMapping("/needs-assignment")
    ResponseEntity<List<UnassignedView>> needingAssignment(@RequestParam(required = false) String plan,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListPage listPage = ListPage.of(page, size);
        // which tasks need units is judged on each plan copy's tasks and designations: in memory, over
        // the plans in force of the caller's department (the store query reads no other department's)
        return listPage.responseOf(planTasks.needingAssignment(plan, Caller.current().scope()).stream()
                .map(item -> new UnassignedView(
                item.planId(), item.planNumber(), item.task().taskId(), item.task().number(),
                item.task().content(), item.task().coordinatorUnits(), item.task().timeframeKind(),
                item.task().timeframeText(), item.task().dueDate(), item.reason(),
                item.task().leadUnitsToDesignate(), item.task().coordinatorUnitsToDesignate())).toList());
    }

    /** Designates units for the task (adds to those the plan names); returns its assignments. */
    @PostMapping("/plans/{planId}/tasks/{taskId}/designation")
    List<AssignmentView> designate(@PathVariable String planId, @PathVariable String taskId,
            @Valid @RequestBody DesignationRequest body) {
        return views(planTasks.designate(planId, taskId, codes(body.leadUnits()),
                codes(body.coordinatorUnits()), Caller.current().home()));
    }

    /** Records one occurrence; the same {@code Idempotency-Key} records it once. */
    @PostMapping("/plans/{planId}/tasks/{taskId}/occurrences")
    @ResponseStatus(HttpStatus.CREATED)
    List<AssignmentView> occurrence(@PathVariable String planId, @PathVariable String taskId,
            @Valid @RequestBody OccurrenceRequest body,
            @RequestHeader(value = AssignmentCommandController.IDEMPOTENCY_KEY, required = false) String key) {
        Caller caller = Caller.current();
        return views(planTasks.recordOccurrence(planId, taskId, body.dueDate(), body.description(),
                ClientKeys.requestId(caller.user(), key), caller.home()));
    }

    private List<AssignmentView> views(List<Assignment> assignments) {
        LocalDate today = LocalDate.now(clock);
        return assignments.stream().map(assignment -> AssignmentView.of(assignment, today)).toList();
    }

    private static List<String> codes(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(code -> code != null && !code.isBlank())
                .map(String::strip).distinct().toList();
    }
}
