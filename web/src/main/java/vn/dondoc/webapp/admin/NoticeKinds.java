package vn.dondoc.webapp.admin;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of notice notification-service sends ({@code NotificationKind}), in Vietnamese. A contact
 * subscribed to none of them explicitly gets all of them (the service's "empty = all").
 */
final class NoticeKinds {

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("TASK_ASSIGNED", "Được giao nhiệm vụ");
        LABELS.put("TASK_DUE_SOON", "Nhiệm vụ sắp đến hạn");
        LABELS.put("TASK_OVERDUE", "Nhiệm vụ quá hạn (và nhắc lại hằng tuần)");
        LABELS.put("TASK_REMINDER", "Văn phòng nhắc việc");
        LABELS.put("RESULT_RETURNED", "Kết quả bị trả lại");
        LABELS.put("EXTENSION_DECIDED", "Ý kiến về đề nghị gia hạn");
        LABELS.put("ROLE_CHANGED", "Thay đổi vai trò chủ trì, phối hợp");
        LABELS.put("TASK_WITHDRAWN", "Thu hồi nhiệm vụ");
        LABELS.put("PLAN_AMENDED", "Kế hoạch được sửa đổi");
        LABELS.put("PLAN_WITHDRAWN", "Kế hoạch bị thu hồi");
        LABELS.put("REPORT_DUE", "Đến hạn gửi báo cáo");
    }

    private NoticeKinds() {
    }

    /** The kinds ticked on the form: all when the contact subscribes to "all" (none named). */
    static Set<String> ticked(Collection<String> subscribed) {
        return subscribed == null || subscribed.isEmpty() ? LABELS.keySet() : Set.copyOf(subscribed);
    }

    /** What the service is sent: every kind ticked is "all" (empty), so kinds added later come too. */
    static Set<String> toSend(Collection<String> ticked) {
        return ticked.containsAll(LABELS.keySet()) ? Set.of() : new java.util.LinkedHashSet<>(ticked);
    }
}
