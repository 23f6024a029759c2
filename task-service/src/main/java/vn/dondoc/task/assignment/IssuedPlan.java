package vn.dondoc.task.assignment;

import java.time.LocalDate;
import java.util.List;

/** An issued plan as task-service needs it: which units hold which role on which task. */
public record IssuedPlan(
        String planId,
        String number,
        String departmentCode,
        List<Task> tasks) {

    /** One task and its units. */
    public record Task(
            String taskId,
            String number,
            String content,
            List<String> leadUnits,
            List<String> coordinatorUnits,
            LocalDate dueDate) {
    }
}
