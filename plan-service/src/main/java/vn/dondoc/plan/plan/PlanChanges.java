package vn.dondoc.plan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an amendment changes, task by task (matched on the row number), in Vietnamese. */
final class PlanChanges {

    private PlanChanges() {
    }

    static List<String> between(Plan before, String title, List<PlanTask> after) {
        List<String> changes = new ArrayList<>();
        if (!before.title().equals(title)) {
            changes.add("Sửa trích yếu");
        }
        Map<String, PlanTask> old = byNumber(before.tasks());
        Map<String, PlanTask> now = byNumber(after);
        for (PlanTask task : after) {
            PlanTask previous = old.get(task.number());
            if (previous == null) {
                changes.add("Thêm nhiệm vụ " + task.number());
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (!previous.content().equals(task.content())) {
                fields.add("nội dung");
            }
            if (!previous.leadUnits().equals(task.leadUnits())) {
                fields.add("đơn vị chủ trì");
            }
            if (!previous.coordinatorUnits().equals(task.coordinatorUnits())) {
                fields.add("đơn vị phối hợp");
            }
            if (!Objects.equals(previous.dueDate(), task.dueDate())) {
                fields.add("thời hạn");
            }
            if (!fields.isEmpty()) {
                changes.add("Sửa nhiệm vụ " + task.number() + ": " + String.join(", ", fields));
            }
        }
        old.keySet().stream().filter(number -> !now.containsKey(number))
                .forEach(number -> changes.add("Bỏ nhiệm vụ " + number));
        return changes;
    }

    /**
     * The amended tasks continuing the plan's: a task matched on its row number keeps its id, and its
     * timeframe (kind, text as written, units still to designate) while its due date is unchanged; a
     * new due date makes it a fixed deadline. New rows get ids the plan never used, so an id always
     * names the same task across versions (the request numbers rows T1, T2, … by position).
     */
    static List<PlanTask> continuing(List<PlanTask> before, List<PlanTask> after) {
        Map<String, PlanTask> old = byNumber(before);
        int next = before.stream().map(PlanTask::taskId).filter(id -> id != null && id.matches("T\\d{1,6}"))
                .mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElse(0) + 1;
        java.util.Set<String> used = new java.util.HashSet<>();
        List<PlanTask> tasks = new ArrayList<>();
        for (PlanTask task : after) {
            PlanTask was = old.get(task.number());
            if (was != null && used.add(was.taskId())) {
                boolean sameDue = Objects.equals(was.dueDate(), task.dueDate());
                tasks.add(new PlanTask(was.taskId(), task.number(), task.content(), task.leadUnits(),
                        task.coordinatorUnits(), task.dueDate(),
                        sameDue ? was.timeframeKind() : task.dueDate() != null ? "FIXED_DEADLINE"
                                : was.timeframeKind() == null ? null : "UNSPECIFIED",
                        sameDue ? was.timeframeText() : null, was.leadUnitsToDesignate(),
                        was.coordinatorUnitsToDesignate()));
            } else {
                tasks.add(new PlanTask("T" + next++, task.number(), task.content(), task.leadUnits(),
                        task.coordinatorUnits(), task.dueDate(), task.dueDate() != null ? "FIXED_DEADLINE" : null, null));
            }
        }
        return tasks;
    }

    private static Map<String, PlanTask> byNumber(List<PlanTask> tasks) {
        Map<String, PlanTask> map = new LinkedHashMap<>();
        tasks.forEach(task -> map.putIfAbsent(task.number(), task));
        return map;
    }
}
