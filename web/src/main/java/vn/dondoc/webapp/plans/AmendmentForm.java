package vn.dondoc.webapp.plans;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;
import vn.dondoc.webapp.services.Plan;

/**
 * The amendment of an issued plan as its form holds it: a reason, the title, every task (number,
 * content, lead and coordinating units, due date, or "bỏ") and one empty row for a new task.
 * plan-service takes the complete task list ({@code POST /plans/{id}/amendments}).
 */
public record AmendmentForm(String reason, String title, List<TaskRow> tasks) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One task row; {@code added} for the empty row of a new task. */
    public record TaskRow(String original, String number, String content, List<String> leadUnits, List<String> coordinatorUnits,
            String dueDate, boolean remove, boolean added) {

        public TaskRow {
            leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
            coordinatorUnits = coordinatorUnits == null ? List.of() : List.copyOf(coordinatorUnits);
        }

        boolean blank() {
            return content.isBlank() && number.isBlank() && leadUnits.isEmpty() && coordinatorUnits.isEmpty()
                    && dueDate.isBlank();
        }
    }

    /** What was sent, for the plan page to show afterwards. */
    public record Sent(String reason, List<String> changes) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public AmendmentForm {
        tasks = List.copyOf(tasks);
    }

    static AmendmentForm of(Plan plan) {
        List<TaskRow> rows = new ArrayList<>(plan.tasks().stream().map(task -> new TaskRow(task.number(), task.number(),
                task.content(), task.leadUnits(), task.coordinatorUnits(),
                task.dueDate() == null ? "" : task.dueDate().toString(), false, false)).toList());
        rows.add(new TaskRow("", "", "", List.of(), List.of(), "", false, true));
        return new AmendmentForm("", plan.title(), rows);
    }

    static AmendmentForm typed(MultiValueMap<String, String> form) {
        List<TaskRow> rows = new ArrayList<>();
        int count = parse(form.getFirst("rows"));
        for (int i = 0; i < count; i++) {
            String p = "tasks[" + i + "].";
            rows.add(new TaskRow(one(form, p + "original"), one(form, p + "number"), one(form, p + "content"),
                    form.getOrDefault(p + "leadUnits", List.of()), form.getOrDefault(p + "coordinatorUnits", List.of()),
                    one(form, p + "dueDate"), form.containsKey(p + "remove"), "true".equals(form.getFirst(p + "added"))));
        }
        return new AmendmentForm(one(form, "reason"), one(form, "title"), rows);
    }

    /**
     * The request plan-service takes; {@code sentRows} gets, for each task sent, its row in the form
     * (the service names fields by the index it received). A date that cannot be read goes into
     * {@code errors} under the form's field.
     */
    Map<String, Object> body(Map<String, String> errors, List<Integer> sentRows) {
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskRow row = tasks.get(i);
            if (row.remove() || row.added() && row.blank()) {
                continue;
            }
            Map<String, Object> task = new HashMap<>();
            task.put("number", row.number().strip());
            task.put("content", row.content().strip());
            task.put("leadUnits", row.leadUnits());
            task.put("coordinatorUnits", row.coordinatorUnits());
            if (!row.dueDate().isBlank()) {
                try {
                    task.put("dueDate", LocalDate.parse(row.dueDate().strip()));
                } catch (DateTimeParseException e) {
                    errors.put("tasks[" + i + "].dueDate", "Ngày hạn không hợp lệ");
                }
            }
            sent.add(task);
            sentRows.add(i);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason.strip());
        body.put("title", title.strip());
        body.put("tasks", sent);
        return body;
    }

    /** The service's field ({@code tasks[2].content}) as the form's ({@code tasks[3].content}). */
    static String formField(String field, List<Integer> sentRows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^tasks\\[(\\d+)\\](.*)$").matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < sentRows.size()) {
            return "tasks[" + sentRows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
        }
        return field;
    }

    /** The row's timeframe in the plan as it is ("hạn 30/09/2026 (Quý III/2026)", "Định kỳ 6 tháng, năm"), or null for a new row. */
    public String current(Plan plan, TaskRow row) {
        return plan.tasks().stream().filter(task -> task.number().equals(row.original())).findFirst().map(task -> {
            String text = task.timeframeText() == null || task.timeframeText().isBlank() ? null : task.timeframeText();
            if (task.dueDate() != null) {
                return "hạn " + DAY.format(task.dueDate()) + (text == null ? "" : " (" + text + ")");
            }
            return text == null ? "không có hạn" : text + " — không có hạn cụ thể";
        }).orElse(null);
    }

    /** What this amendment changes against the plan as it was, in words, units by name. */
    Sent sent(Plan before, Function<String, String> unitName) {
        List<String> changes = new ArrayList<>();
        if (!title.isBlank() && !title.strip().equals(before.title())) {
            changes.add("Tên kế hoạch: " + title.strip());
        }
        Map<String, Plan.Task> old = new LinkedHashMap<>();
        before.tasks().forEach(task -> old.putIfAbsent(task.number(), task));
        List<String> kept = new ArrayList<>();
        for (TaskRow row : tasks) {
            if (row.remove() || row.added() && row.blank()) {
                continue;
            }
            String number = row.number().strip();
            kept.add(number);
            Plan.Task was = old.get(number);
            if (was == null) {
                changes.add("Thêm nhiệm vụ " + number + ": " + row.content().strip()
                        + (row.dueDate().isBlank() ? "" : ", hạn " + day(row.dueDate())));
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (!was.content().equals(row.content().strip())) {
                fields.add("nội dung \"" + row.content().strip() + "\"");
            }
            if (!was.leadUnits().equals(row.leadUnits())) {
                fields.add("chủ trì " + names(row.leadUnits(), unitName));
            }
            if (!was.coordinatorUnits().equals(row.coordinatorUnits())) {
                fields.add("phối hợp " + (row.coordinatorUnits().isEmpty() ? "không có" : names(row.coordinatorUnits(), unitName)));
            }
            String due = was.dueDate() == null ? "" : was.dueDate().toString();
            if (!Objects.equals(due, row.dueDate().strip())) {
                fields.add("hạn " + (due.isEmpty() ? "không có" : day(due)) + " → "
                        + (row.dueDate().isBlank() ? "không có" : day(row.dueDate())));
            }
            if (!fields.isEmpty()) {
                changes.add("Nhiệm vụ " + number + ": " + String.join("; ", fields));
            }
        }
        old.keySet().stream().filter(number -> !kept.contains(number)).forEach(number -> changes.add("Bỏ nhiệm vụ " + number));
        return new Sent(reason.strip(), changes);
    }

    private static String names(List<String> codes, Function<String, String> unitName) {
        return String.join(", ", codes.stream().map(unitName).toList());
    }

    private static String day(String isoDate) {
        try {
            return DAY.format(LocalDate.parse(isoDate.strip()));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    private static int parse(String count) {
        try {
            return Math.min(Integer.parseInt(count == null ? "0" : count.strip()), 2001);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String one(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }
}
