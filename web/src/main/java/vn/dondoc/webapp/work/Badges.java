package vn.dondoc.webapp.work;

import org.springframework.stereotype.Component;
import vn.dondoc.webapp.services.Assignment;

/**
 * Status as colour AND words: the deadline badge ("Quá hạn 5 ngày", "Sắp đến hạn", "Trong hạn") and
 * the progress tag of an assignment. Templates call it as {@code @badges}.
 */
@Component("badges")
public class Badges {

    /** A tag: its words and its colour class. */
    public record Badge(String text, String tone) {
    }

    public Badge due(Assignment assignment) {
        Assignment.Derived derived = assignment.derived();
        String timeliness = derived == null ? "" : derived.timeliness();
        return switch (timeliness) {
            case "OVERDUE" -> new Badge("Quá hạn " + derived.daysOverdue() + " ngày", "red");
            case "DUE_SOON" -> new Badge(derived.daysLeft() == null || derived.daysLeft() == 0 ? "Sắp đến hạn: hôm nay"
                    : "Sắp đến hạn (còn " + derived.daysLeft() + " ngày)", "amber");
            case "WITHIN_DEADLINE" -> new Badge("Trong hạn", "green");
            case "NO_DEADLINE" -> new Badge("Không có hạn", "grey");
            case "TIMEFRAME_TO_SET" -> new Badge("Chưa xác định thời hạn", "amber");
            default -> status(assignment);
        };
    }

    public Badge status(Assignment assignment) {
        String label = capitalized(assignment.statusLabel());
        return switch (assignment.status() == null ? "" : assignment.status()) {
            case "COMPLETED" -> new Badge(label, "green");
            case "SUBMITTED" -> new Badge(label, "blue");
            case "RETURNED", "REFUSED" -> new Badge(label, "red");
            case "WITHDRAWN" -> new Badge(label, "grey");
            case "IN_PROGRESS" -> new Badge(label, "blue");
            default -> new Badge(label, "grey");
        };
    }

    /** The unit's role in words. */
    public String role(String role) {
        return "LEAD".equals(role) ? "Chủ trì" : "COORDINATOR".equals(role) ? "Phối hợp" : role;
    }

    /** A history line's action in words. */
    public String action(String action) {
        return switch (action == null ? "" : action) {
            case "Assign" -> "Giao nhiệm vụ";
            case "Acknowledge" -> "Tiếp nhận";
            case "Refuse" -> "Từ chối";
            case "ReportProgress" -> "Cập nhật tiến độ";
            case "SubmitResult" -> "Gửi kết quả";
            case "RequestExtension" -> "Đề nghị gia hạn";
            case "DecideExtension" -> "Quyết định gia hạn";
            case "AddNote" -> "Ghi chú";
            case "ReviewResult" -> "Xác nhận kết quả";
            case "Withdraw" -> "Thu hồi";
            case "Remind" -> "Nhắc việc";
            default -> action;
        };
    }

    static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
