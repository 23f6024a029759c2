package vn.dondoc.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.contracts.TaskAssigned;

/** The Vietnamese wording of each notification. */
public final class NotificationTexts {

    private static final DateTimeFormatter DAY = DisplayDates.DAY;

    private NotificationTexts() {
    }

    /** {@code leadUnits}: the lead units as the unit reads them (their names). */
    public static Notification taskAssigned(String eventId, TaskAssigned event, Instant now, List<String> leadUnits) {
        boolean lead = event.role() == AssignmentRole.LEAD;
        String title = (lead ? "Nhiệm vụ chủ trì: " : "Nhiệm vụ phối hợp: ") + "Kế hoạch "
                + event.planNumber() + ", mục " + event.taskNumber();
        String body = event.taskContent() + ". " + (lead ? "Đơn vị chủ trì thực hiện."
                : "Đơn vị phối hợp với " + String.join(", ", leadUnits) + " (chủ trì).")
                + " " + deadline(event.dueDate());
        return new Notification(Notification.idOf(eventId, event.unitCode()), event.unitCode(),
                NotificationKind.TASK_ASSIGNED, title, body, eventId, now, false, event.planId(), event.taskId());
    }

    public static Notification reportDue(String eventId, ReportDue event, Instant now) {
        String title = "Đến hạn báo cáo " + event.periodLabel();
        String body = "Số liệu từ ngày " + DAY.format(event.windowStart()) + " đến ngày "
                + DAY.format(event.windowEnd()) + ". Hạn gửi báo cáo: " + DAY.format(event.dueDate())
                + ".";
        return new Notification(Notification.idOf(eventId, event.unitCode()), event.unitCode(),
                NotificationKind.REPORT_DUE, title, body, eventId, now, false);
    }

    private static String deadline(LocalDate dueDate) {
        return dueDate == null ? "Không có thời hạn cụ thể." : "Hạn hoàn thành: " + DAY.format(dueDate) + ".";
    }

}
