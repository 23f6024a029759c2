package vn.dondoc.webapp.work;

import java.util.HashMap;
import java.util.Map;

/** A form on the assignment page: the task-service call it makes and what the page says once done. */
enum FormAction {
    ACKNOWLEDGE("acknowledge", "acknowledge", "Đã xác nhận tiếp nhận nhiệm vụ."),
    REFUSE("refuse", "refuse", "Đã gửi ý kiến từ chối nhiệm vụ."),
    PROGRESS("progress", "progress", "Đã cập nhật tiến độ."),
    RESULT("result", "result", "Đã gửi kết quả thực hiện, chờ Văn phòng xác nhận."),
    EXTENSION("extension", "extension-request", "Đã gửi đề nghị gia hạn."),
    NOTE("note", "notes", "Đã thêm ghi chú."),
    REVIEW("review", "result/review", null),
    DECISION("decision", "extension-request/decision", null),
    REMINDER("reminder", "reminders", "Đã gửi lời nhắc tới đơn vị.");

    private final String formName;
    private final String path;
    private final String done;

    FormAction(String formName, String path, String done) {
        this.formName = formName;
        this.path = path;
        this.done = done;
    }

    static FormAction of(String name) {
        for (FormAction action : values()) {
            if (action.formName.equals(name)) {
                return action;
            }
        }
        return null;
    }

    String formName() {
        return formName;
    }

    String path() {
        return path;
    }

    /** The JSON body task-service expects, from the form's fields (blank fields left out). */
    Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new HashMap<>();
        switch (this) {
            case REFUSE -> put(body, "reason", form.get("reason"));
            case PROGRESS -> {
                String percent = form.get("percent") == null ? "" : form.get("percent").strip();
                body.put("percent", percent.matches("-?\\d{1,9}") ? Integer.valueOf(percent) : percent.isEmpty() ? null : percent);
                put(body, "note", form.get("note"));
            }
            case RESULT -> put(body, "summary", form.get("summary"));
            case EXTENSION -> {
                put(body, "requestedDueDate", form.get("requestedDueDate"));
                put(body, "reason", form.get("reason"));
            }
            case NOTE -> put(body, "text", form.get("text"));
            case REVIEW -> {
                body.put("accepted", "accept".equals(form.get("decision")));
                put(body, "note", form.get("note"));
            }
            case DECISION -> {
                body.put("approved", "approve".equals(form.get("decision")));
                put(body, "note", form.get("note"));
            }
            case REMINDER -> put(body, "message", form.get("message"));
            default -> {
                return null;
            }
        }
        return body;
    }

    String done(Map<String, String> form) {
        return switch (this) {
            case REVIEW -> "accept".equals(form.get("decision")) ? "Đã chấp nhận kết quả: nhiệm vụ hoàn thành."
                    : "Đã trả lại kết quả để đơn vị làm lại.";
            case DECISION -> "approve".equals(form.get("decision")) ? "Đã duyệt gia hạn." : "Đã không duyệt gia hạn.";
            default -> done;
        };
    }

    private static void put(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
