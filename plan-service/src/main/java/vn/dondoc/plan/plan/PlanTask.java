package vn.dondoc.plan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One task of a plan: its row number, content, lead units (chủ trì), coordinating units (phối
 * hợp) and deadline, if it has one; imported plans also keep the timeframe's kind and raw text.
 */
public record PlanTask(
        String taskId,
        String number,
        String content,
        List<String> leadUnits,
        List<String> coordinatorUnits,
        LocalDate dueDate,
        String timeframeKind,
        String timeframeText) {

    public PlanTask {
        leadUnits = List.copyOf(leadUnits);
        coordinatorUnits = List.copyOf(coordinatorUnits);
    }

    /** A task typed in as JSON: a deadline, no timeframe text. */
    public PlanTask(String taskId, String number, String content, List<String> leadUnits,
            List<String> coordinatorUnits, LocalDate dueDate) {
        this(taskId, number, content, leadUnits, coordinatorUnits, dueDate, null, null);
    }
}
