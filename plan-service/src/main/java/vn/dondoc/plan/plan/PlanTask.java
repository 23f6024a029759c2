package vn.dondoc.plan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One task of a plan: its row number, content, lead units (chủ trì), coordinating units (phối
 * hợp) and deadline, if it has one; imported plans also keep the timeframe's kind and raw text,
 * and the phrases the office designates units for after issue ("Các phòng, đơn vị có liên quan").
 */
public record PlanTask(
        String taskId,
        String number,
        String content,
        List<String> leadUnits,
        List<String> coordinatorUnits,
        LocalDate dueDate,
        String timeframeKind,
        String timeframeText,
        List<String> leadUnitsToDesignate,
        List<String> coordinatorUnitsToDesignate) {

    public PlanTask {
        leadUnits = List.copyOf(leadUnits);
        coordinatorUnits = List.copyOf(coordinatorUnits);
        leadUnitsToDesignate = leadUnitsToDesignate == null ? List.of() : List.copyOf(leadUnitsToDesignate);
        coordinatorUnitsToDesignate = coordinatorUnitsToDesignate == null ? List.of()
                : List.copyOf(coordinatorUnitsToDesignate);
    }

    /** A task with its units all resolved. */
    public PlanTask(String taskId, String number, String content, List<String> leadUnits,
            List<String> coordinatorUnits, LocalDate dueDate, String timeframeKind, String timeframeText) {
        this(taskId, number, content, leadUnits, coordinatorUnits, dueDate, timeframeKind, timeframeText,
                List.of(), List.of());
    }

    /** A task typed in as JSON: a deadline, no timeframe text. */
    public PlanTask(String taskId, String number, String content, List<String> leadUnits,
            List<String> coordinatorUnits, LocalDate dueDate) {
        this(taskId, number, content, leadUnits, coordinatorUnits, dueDate, null, null);
    }
}
