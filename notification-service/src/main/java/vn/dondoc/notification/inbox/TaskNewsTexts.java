package vn.dondoc.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dondoc.contracts.DisplayDates;

/**
 * The Vietnamese wording of what happens to an assignment or a plan after it was assigned. {@code
 * label} names the task ("Kế hoạch 185/KH-SKHCN, mục 2.3.3"), {@code content} is what it asks.
 */
public final class TaskNewsTexts {

    private static final DateTimeFormatter DAY = DisplayDates.DAY;

    private TaskNewsTexts() {
    }

    /** A message to one unit about one event; {@code id} is {@code eventId:unitCode}. */
    public record Message(String eventId, String unitCode, Instant now) {

        Notification of(NotificationKind kind, String title, String body) {
            return new Notification(Notification.idOf(eventId, unitCode), unitCode, kind, title, body, eventId,
                    now, false);
        }
    }

    public static Notification dueSoon(Message m, String label, String content, LocalDate due, long daysLeft) {
        String left = daysLeft <= 0 ? "hạn là hôm nay" : "còn " + daysLeft + " ngày";
        return m.of(NotificationKind.TASK_DUE_SOON, "Sắp đến hạn: " + label,
                sentence(content) + " Hạn hoàn thành: " + DAY.format(due) + " (" + left + ").");
    }

    /** The first notice, and the weekly reminder ({@code again}) while it stays overdue. */
    public static Notification overdue(Message m, String label, String content, LocalDate due, long daysOverdue,
            boolean again) {
        return m.of(NotificationKind.TASK_OVERDUE, (again ? "Vẫn quá hạn " + daysOverdue + " ngày: " : "Quá hạn: ")
                + label, sentence(content) + " Hạn hoàn thành: " + DAY.format(due) + ", đã quá hạn " + daysOverdue
                + " ngày. Đề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả.");
    }

    /** A plan amendment made the unit lead ({@code lead}) or coordinator of a task it already had. */
    public static Notification roleChanged(Message m, String label, String content, boolean lead,
            List<String> leadUnits) {
        String now = lead ? "Đơn vị nay là đơn vị chủ trì (trước đây: phối hợp); đề nghị đơn vị tổ chức thực hiện"
                + " và báo cáo kết quả."
                : "Đơn vị nay là đơn vị phối hợp (trước đây: chủ trì)"
                        + (leadUnits.isEmpty() ? "." : "; đơn vị chủ trì: " + String.join(", ", leadUnits) + ".");
        return m.of(NotificationKind.ROLE_CHANGED, "Thay đổi vai trò: " + label,
                sentence(content) + " Theo kế hoạch sửa đổi: " + now);
    }

    public static Notification resultReturned(Message m, String label, String content, String note) {
        return m.of(NotificationKind.RESULT_RETURNED, "Kết quả bị trả lại: " + label, sentence(content)
                + " Văn phòng đã trả lại kết quả để đơn vị hoàn thiện." + optional("Lý do: ", note));
    }

    public static Notification extensionDecided(Message m, String label, String content, boolean approved,
            LocalDate originalDue, LocalDate due, int approvedExtensions, String note) {
        String body = approved
                ? " Hạn mới: " + day(due) + " (hạn ban đầu: " + day(originalDue) + "; đã gia hạn "
                        + approvedExtensions + " lần)."
                : " Hạn hoàn thành giữ nguyên: " + day(due) + ".";
        return m.of(NotificationKind.EXTENSION_DECIDED,
                (approved ? "Đồng ý gia hạn: " : "Không đồng ý gia hạn: ") + label,
                sentence(content) + body + optional("Ghi chú: ", note));
    }

    public static Notification reminder(Message m, String label, String content, String message, LocalDate due) {
        return m.of(NotificationKind.TASK_REMINDER, "Nhắc việc: " + label, sentence(content)
                + optional("", message) + (due == null ? "" : " Hạn hoàn thành: " + DAY.format(due) + "."));
    }

    public static Notification withdrawn(Message m, String label, String content, String reason) {
        return m.of(NotificationKind.TASK_WITHDRAWN, "Thu hồi nhiệm vụ: " + label, sentence(content)
                + " Đơn vị không còn phải thực hiện nhiệm vụ này." + optional("Lý do: ", reason));
    }

    public static Notification planAmended(Message m, String number, int version, List<String> changes,
            String reason) {
        return m.of(NotificationKind.PLAN_AMENDED, "Kế hoạch " + number + " được sửa đổi (lần " + (version - 1) + ")",
                "Nội dung sửa đổi: " + (changes.isEmpty() ? "không nêu" : String.join("; ", changes)) + "."
                        + optional("Lý do: ", reason) + " Đề nghị đơn vị rà soát các nhiệm vụ được giao.");
    }

    public static Notification planWithdrawn(Message m, String number, String reason) {
        return m.of(NotificationKind.PLAN_WITHDRAWN, "Kế hoạch " + number + " đã bị thu hồi",
                "Các nhiệm vụ của kế hoạch không còn phải thực hiện." + optional("Lý do: ", reason));
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String optional(String prefix, String text) {
        return text == null || text.isBlank() ? "" : " " + prefix + sentence(text.strip());
    }

    private static String day(LocalDate date) {
        return date == null ? "không có" : DAY.format(date);
    }
}
