package vn.dondoc.notification.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.notification.delivery.Delivery;
import vn.dondoc.notification.inbox.NotificationKind;
import vn.dondoc.unitnames.UnitNames;

/** The Vietnamese email for a group of items: subject, plain text and HTML, one section per plan. */
@Component
class DigestEmails {

    private static final DateTimeFormatter DAY = DisplayDates.DAY;
    private static final String FOOTER = "Thư này được gửi tự động từ hệ thống Đôn Đốc. Vui lòng không trả lời thư này.";

    private final String taskLinkBase;
    private final UnitNames names;

    DigestEmails(@Value("${notification.email.task-link-base-url:${dondoc.web.base-url:http://localhost:8080}}") String taskLinkBase,
            UnitNames names) {
        this.names = names;
        this.taskLinkBase = taskLinkBase.endsWith("/") ? taskLinkBase.substring(0, taskLinkBase.length() - 1)
                : taskLinkBase;
    }

    Delivery.Content of(String unitCode, List<DigestItem> items) {
        Map<String, List<DigestItem>> plans = items.stream()
                .filter(item -> item.kind() == NotificationKind.TASK_ASSIGNED)
                .sorted(Comparator.comparing(DigestItem::taskNumber, DigestEmails::byNumber))
                .collect(Collectors.groupingBy(DigestItem::planNumber, LinkedHashMap::new, Collectors.toList()));
        List<DigestItem> others = items.stream().filter(item -> item.kind() != NotificationKind.TASK_ASSIGNED).toList();
        String unit = names.unit(unitCode);
        StringBuilder text = new StringBuilder("Kính gửi: " + unit + ",\n\n");
        StringBuilder html = new StringBuilder("<html><body><p>Kính gửi: <b>" + esc(unit) + "</b>,</p>");
        plans.forEach((planNumber, tasks) -> {
            String intro = "Đơn vị được giao " + tasks.size() + " nhiệm vụ trong Kế hoạch số " + planNumber + ":";
            text.append(intro).append("\n\n");
            html.append("<p>").append(esc(intro)).append("</p><ol>");
            for (int i = 0; i < tasks.size(); i++) {
                DigestItem task = tasks.get(i);
                text.append(i + 1).append(". Mục ").append(task.taskNumber()).append(": ").append(task.taskContent())
                        .append("\n   Vai trò: ").append(role(task))
                        .append("\n   Hạn hoàn thành: ").append(due(task.dueDate()))
                        .append("\n   Xem nhiệm vụ: ").append(link(task)).append("\n\n");
                html.append("<li><p><b>Mục ").append(esc(task.taskNumber())).append(":</b> ")
                        .append(esc(task.taskContent())).append("<br>Vai trò: ").append(esc(role(task)))
                        .append("<br>Hạn hoàn thành: ").append(esc(due(task.dueDate())))
                        .append("<br><a href=\"").append(esc(link(task))).append("\">Xem nhiệm vụ</a></p></li>");
            }
            html.append("</ol>");
        });
        for (DigestItem other : others) {
            boolean linked = other.planId() != null && other.taskId() != null;
            text.append(other.title()).append("\n").append(other.body()).append("\n")
                    .append(linked ? "Xem nhiệm vụ: " + link(other) + "\n" : "").append("\n");
            html.append("<p><b>").append(esc(other.title())).append("</b><br>").append(esc(other.body()))
                    .append(linked ? "<br><a href=\"" + esc(link(other)) + "\">Xem nhiệm vụ</a>" : "").append("</p>");
        }
        text.append("--\n").append(FOOTER).append("\n");
        html.append("<hr><p><small>").append(esc(FOOTER)).append("</small></p></body></html>");
        return new Delivery.Content(subject(unit, plans, others), text.toString(), html.toString(), null);
    }

    private static String subject(String unit, Map<String, List<DigestItem>> plans, List<DigestItem> others) {
        if (others.isEmpty() && plans.size() == 1) {
            Map.Entry<String, List<DigestItem>> plan = plans.entrySet().iterator().next();
            return "[Đôn Đốc] Kế hoạch " + plan.getKey() + ": " + plan.getValue().size()
                    + " nhiệm vụ giao cho " + unit;
        }
        if (plans.isEmpty() && others.size() == 1) {
            return "[Đôn Đốc] " + others.get(0).title();
        }
        return "[Đôn Đốc] Tổng hợp thông báo cho " + unit;
    }

    private String role(DigestItem task) {
        return task.role() == AssignmentRole.LEAD ? "chủ trì"
                : "phối hợp (đơn vị chủ trì: " + names.units(task.leadUnits()) + ")";
    }

    private static String due(LocalDate dueDate) {
        return dueDate == null ? "không có thời hạn cụ thể" : DAY.format(dueDate);
    }

    private String link(DigestItem task) {
        return taskLinkBase + "/plans/" + task.planId() + "/tasks/" + task.taskId();
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    /** "2.10" after "2.9": numeric parts compared as numbers. */
    private static int byNumber(String a, String b) {
        String[] left = (a == null ? "" : a).split("\\.");
        String[] right = (b == null ? "" : b).split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
