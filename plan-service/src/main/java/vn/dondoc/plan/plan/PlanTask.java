package vn.dondoc.plan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One task of a plan: its row number, content, lead units (chủ trì), coordinating units (phối
 * hợp) and deadline, if it has one.
 */
public record PlanTask(
        String taskId,
        String number,
        String content,
        List<String> leadUnits,
        List<String> coordinatorUnits,
        LocalDate dueDate) {

    public PlanTask {
        leadUnits = List.copyOf(leadUnits);
        coordinatorUnits = List.copyOf(coordinatorUnits);
    }
}
