package vn.dondoc.notification;

import java.util.UUID;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.TopicRecords;

/**
 * Events as task-service and plan-service publish them, for one plan (185/KH-{dept}) and one
 * unit's assignment to task 2.3.3 of seed 001.
 */
public record TaskEvents(String dept, String planId, String unit) {

    public static final String T233 = "Thực hiện số hóa 100% hồ sơ, kết quả giải quyết TTHC; trả kết quả điện tử song song với bản giấy đảm bảo chỉ tiêu được giao theo chỉ đạo của Chính phủ";

    /** One record to publish; {@link #send} publishes it with its CloudEvents headers. */
    public record Event(String topic, String type, String key, String id, String json) {

        public void send(TopicRecords topics) {
            topics.sendCloudEvent(topic, key, id, type, json);
        }
    }

    public String assignmentId() {
        return planId + ":T2.3.3:" + unit;
    }

    public String planNumber() {
        return "185/KH-" + dept;
    }

    public Event assigned() {
        return task(Topics.TASK_ASSIGNED, EventTypes.TASK_ASSIGNED, """
                "planNumber":"%s","departmentCode":"%s","taskNumber":"2.3.3","taskContent":"%s","role":"LEAD",
                "leadUnits":["%s"],"dueDate":"2026-09-30\"""".formatted(planNumber(), dept, T233, unit));
    }

    public Event dueSoon() {
        return task(Topics.TASK_DUE_SOON, EventTypes.TASK_DUE_SOON, """
                "actor":"system","dueDate":"2026-09-30","asOf":"2026-09-27","daysLeft":3""");
    }

    public Event overdue(String asOf, long daysOverdue) {
        return task(Topics.TASK_OVERDUE, EventTypes.TASK_OVERDUE, """
                "actor":"system","dueDate":"2026-09-30","asOf":"%s","daysOverdue":%d""".formatted(asOf, daysOverdue));
    }

    public Event resultSubmitted() {
        return task(Topics.TASK_RESULT_SUBMITTED, EventTypes.TASK_RESULT_SUBMITTED, """
                "actor":"chuyen-vien","summary":"Đã số hóa 100% hồ sơ","submittedOn":"2026-10-12\"""");
    }

    public Event resultReviewed(boolean accepted, String note) {
        return task(Topics.TASK_RESULT_REVIEWED, EventTypes.TASK_RESULT_REVIEWED, """
                "actor":"van-phong","accepted":%s,"note":"%s","completedOn":%s""".formatted(accepted, note,
                accepted ? "\"2026-10-12\"" : "null"));
    }

    public Event extensionApproved() {
        return task(Topics.TASK_EXTENSION_DECIDED, EventTypes.TASK_EXTENSION_DECIDED, """
                "actor":"pho-giam-doc","approved":true,"originalDueDate":"2026-09-30","dueDate":"2026-10-31",
                "approvedExtensions":1,"note":"Đồng ý gia hạn do chờ số liệu từ các xã\"""");
    }

    public Event reminder() {
        return task(Topics.TASK_REMINDER_SENT, EventTypes.TASK_REMINDER_SENT, """
                "actor":"van-phong","message":"Đề nghị đơn vị báo cáo tiến độ trước ngày 20/10/2026",
                "dueDate":"2026-10-31\"""");
    }

    public Event withdrawn() {
        return task(Topics.TASK_WITHDRAWN, EventTypes.TASK_WITHDRAWN, """
                "actor":"van-phong","reason":"Nhiệm vụ đã giao cho đơn vị khác\"""");
    }

    /** A plan amendment (version 2) moved the unit from previousRole to role; leadUnits the task's leads now. */
    public Event roleChanged(String previousRole, String role, String leadUnits) {
        return task(Topics.TASK_ASSIGNMENT_CHANGED, EventTypes.TASK_ASSIGNMENT_CHANGED, """
                "actor":"system","previousRole":"%s","role":"%s","taskNumber":"2.3.3","taskContent":"%s",
                "leadUnits":[%s],"planVersion":2,"reason":"Điều chỉnh theo chỉ đạo của UBND tỉnh\"""".formatted(
                previousRole, role, T233, leadUnits));
    }

    public Event reportDue() {
        String id = UUID.randomUUID().toString();
        return new Event(Topics.REPORT_DUE, EventTypes.REPORT_DUE, unit, id, """
                {"eventId":"%s","occurredAt":"2026-11-20T01:00:00Z","reportId":"%s:Q4-2026",
                 "unitCode":"%s","periodType":"QUARTER","periodLabel":"Quý IV/2026",
                 "windowStart":"2026-09-15","windowEnd":"2026-12-14","dueDate":"2026-12-16",
                 "level":"UNIT_TO_OFFICE"}""".formatted(id, unit, unit));
    }

    public Event planAmended() {
        String id = UUID.randomUUID().toString();
        return new Event(Topics.PLAN_AMENDED, EventTypes.PLAN_AMENDED, planId, id, """
                {"eventId":"%s","occurredAt":"2026-10-05T02:00:00Z","planId":"%s","number":"%s",
                 "departmentCode":"%s","planVersion":2,"reason":"Điều chỉnh theo chỉ đạo của UBND tỉnh",
                 "changes":["Thêm nhiệm vụ 2.7","Sửa nhiệm vụ 2.3.3: thời hạn"],"title":"Kế hoạch kiểm soát TTHC năm 2026",
                 "tasks":[]}""".formatted(id, planId, planNumber(), dept));
    }

    public Event planWithdrawn() {
        String id = UUID.randomUUID().toString();
        return new Event(Topics.PLAN_WITHDRAWN, EventTypes.PLAN_WITHDRAWN, planId, id, """
                {"eventId":"%s","occurredAt":"2026-10-20T02:00:00Z","planId":"%s","number":"%s",
                 "departmentCode":"%s","reason":"Ban hành kế hoạch thay thế"}""".formatted(id, planId, planNumber(), dept));
    }

    private Event task(String topic, String type, String fields) {
        String id = UUID.randomUUID().toString();
        return new Event(topic, type, unit, id, """
                {"eventId":"%s","occurredAt":"2026-10-01T02:00:00Z","assignmentId":"%s","planId":"%s",
                 "taskId":"T2.3.3","unitCode":"%s",%s}""".formatted(id, assignmentId(), planId, unit, fields));
    }
}
