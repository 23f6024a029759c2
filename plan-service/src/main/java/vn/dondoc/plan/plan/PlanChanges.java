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

    private static Map<String, PlanTask> byNumber(List<PlanTask> tasks) {
        Map<String, PlanTask> map = new LinkedHashMap<>();
        tasks.forEach(task -> map.putIfAbsent(task.number(), task));
        return map;
    }
}
