package vn.dondoc.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.notification.MailParts;
import vn.dondoc.notification.NotificationServiceTest;
import vn.dondoc.unitnames.UnitNames;

/**
 * Four tasks of seed 001 assigned to four units: one Vietnamese email per unit with a contact,
 * listing exactly that unit's tasks and role; UNDELIVERABLE for the unit without one; and
 * redelivering every event sends nothing more.
 */
class PlanAssignmentEmailTest extends NotificationServiceTest {

    private static final String T11 = "Kiện toàn đội ngũ công chức đầu mối thực hiện nhiệm vụ kiểm soát TTHC tại các cơ quan, đơn vị";
    private static final String T233 = "Thực hiện số hóa 100% hồ sơ, kết quả giải quyết TTHC; trả kết quả điện tử song song với bản giấy đảm bảo chỉ tiêu được giao theo chỉ đạo của Chính phủ";
    private static final String T32 = "Duy trì, vận hành hiệu quả Hệ thống thông tin giải quyết TTHC của tỉnh";
    private static final String T35 = "Rà soát, trình công bố danh mục TTHC không phụ thuộc vào địa giới hành chính";

    @Autowired
    UnitNames names;

    @Test
    void sendsOneVietnameseEmailPerUnitWithItsTasksAndNothingMoreWhenEveryEventArrivesAgain() {
        String dept = unique("S");
        String vp = dept + ".VP", qlkh = dept + ".QLKH", cds = dept + ".CDS", qlcn = dept + ".QLCN";
        String planId = UUID.randomUUID().toString();
        // plan-service's directory named two of the units; the other two are not known here yet
        unitNamed(vp, "Văn phòng Sở");
        unitNamed(cds, "Phòng Chuyển đổi số");
        await().atMost(Duration.ofSeconds(30)).until(() -> names.unit(vp).equals("Văn phòng Sở")
                && names.unit(cds).equals("Phòng Chuyển đổi số"));
        contact(vp, "vanphong@" + dept.toLowerCase() + ".example.vn");
        contact(qlkh, "qlkh@" + dept.toLowerCase() + ".example.vn");
        contact(cds, "cds@" + dept.toLowerCase() + ".example.vn\", \"truongphong.cds@" + dept.toLowerCase() + ".example.vn");
        List<String[]> events = new ArrayList<>();
        events.add(assigned(planId, "1.1", T11, vp, "LEAD", List.of(vp), null));
        events.add(assigned(planId, "1.1", T11, qlkh, "COORDINATOR", List.of(vp), null));
        events.add(assigned(planId, "1.1", T11, cds, "COORDINATOR", List.of(vp), null));
        events.add(assigned(planId, "1.1", T11, qlcn, "COORDINATOR", List.of(vp), null));
        for (String unit : List.of(vp, qlkh, qlcn)) {
            events.add(assigned(planId, "2.3.3", T233, unit, "LEAD", List.of(vp, qlkh, qlcn), "2025-12-31"));
        }
        events.add(assigned(planId, "2.3.3", T233, cds, "COORDINATOR", List.of(vp, qlkh, qlcn), "2025-12-31"));
        events.add(assigned(planId, "3.2", T32, cds, "LEAD", List.of(cds), null));
        for (String unit : List.of(vp, qlkh, qlcn)) {
            events.add(assigned(planId, "3.2", T32, unit, "COORDINATOR", List.of(cds), null));
            events.add(assigned(planId, "3.5", T35, unit, "LEAD", List.of(vp, qlkh, qlcn), "2025-12-31"));
        }
        TopicRecords topics = topics();

        events.forEach(event -> topics.sendCloudEvent(Topics.TASK_ASSIGNED, event[1], event[0],
                EventTypes.TASK_ASSIGNED, event[2]));

        List<MailParts> mails = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsOf(dept), received -> received.size() == 4);
        assertThat(mails).extracting(MailParts::to).containsExactlyInAnyOrder(
                "vanphong@" + dept.toLowerCase() + ".example.vn", "qlkh@" + dept.toLowerCase() + ".example.vn",
                "cds@" + dept.toLowerCase() + ".example.vn,truongphong.cds@" + dept.toLowerCase() + ".example.vn",
                "cds@" + dept.toLowerCase() + ".example.vn,truongphong.cds@" + dept.toLowerCase() + ".example.vn");
        MailParts toVp = mails.stream().filter(mail -> mail.to().startsWith("vanphong")).findFirst().orElseThrow();
        assertThat(toVp.subject()).isEqualTo("[Đôn Đốc] Kế hoạch 185/KH-" + dept + ": 4 nhiệm vụ giao cho Văn phòng Sở");
        String link = "https://dondoc.example/app/plans/" + planId + "/tasks/";
        assertThat(toVp.text()).isEqualTo("""
                Kính gửi: %1$s,

                Đơn vị được giao 4 nhiệm vụ trong Kế hoạch số 185/KH-%2$s:

                1. Mục 1.1: %3$s
                   Vai trò: chủ trì
                   Hạn hoàn thành: không có thời hạn cụ thể
                   Xem nhiệm vụ: %4$sT1.1

                2. Mục 2.3.3: %5$s
                   Vai trò: chủ trì
                   Hạn hoàn thành: 31/12/2025
                   Xem nhiệm vụ: %4$sT2.3.3

                3. Mục 3.2: %6$s
                   Vai trò: phối hợp (đơn vị chủ trì: %7$s)
                   Hạn hoàn thành: không có thời hạn cụ thể
                   Xem nhiệm vụ: %4$sT3.2

                4. Mục 3.5: %8$s
                   Vai trò: chủ trì
                   Hạn hoàn thành: 31/12/2025
                   Xem nhiệm vụ: %4$sT3.5

                --
                Thư này được gửi tự động từ hệ thống Đôn Đốc. Vui lòng không trả lời thư này.
                """.formatted("Văn phòng Sở", dept, T11, link, T233, T32, "Phòng Chuyển đổi số", T35));
        assertThat(toVp.html()).contains("<b>Mục 2.3.3:</b> " + T233.replace("%", "%"))
                .contains("<a href=\"" + link + "T3.5\">Xem nhiệm vụ</a>");
        MailParts toCds = mails.stream().filter(mail -> mail.to().startsWith("cds")).findFirst().orElseThrow();
        assertThat(toCds.subject()).endsWith(": 3 nhiệm vụ giao cho Phòng Chuyển đổi số");
        assertThat(toCds.text()).contains("1. Mục 1.1: " + T11 + "\n   Vai trò: phối hợp (đơn vị chủ trì: Văn phòng Sở)")
                .contains("2. Mục 2.3.3: " + T233 + "\n   Vai trò: phối hợp (đơn vị chủ trì: Văn phòng Sở, " + qlkh + ", "
                        + qlcn + ")")
                .contains("3. Mục 3.2: " + T32 + "\n   Vai trò: chủ trì").doesNotContain(T35);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode undeliverable = get("/deliveries?unit=" + qlcn + "&status=UNDELIVERABLE");
            assertThat(undeliverable).hasSize(4);
        });
        assertThat(get("/units/" + qlkh + "/notifications").valueStream().map(note -> note.get("body").asString()))
                .anySatisfy(body -> assertThat(body).startsWith(T11).endsWith(
                        "Đơn vị phối hợp với Văn phòng Sở (chủ trì). Không có thời hạn cụ thể."));
        JsonNode sent = get("/deliveries?unit=" + vp);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(sent.get(0).get("eventIds")).hasSize(4);

        events.forEach(event -> topics.sendCloudEvent(Topics.TASK_ASSIGNED, event[1], event[0],
                EventTypes.TASK_ASSIGNED, event[2]));
        String marker = dept + ".MARK";
        contact(marker, "marker@" + dept.toLowerCase() + ".example.vn");
        String[] last = assigned(planId, "9", "Nhiệm vụ đánh dấu", marker, "LEAD", List.of(marker), null);
        topics.sendCloudEvent(Topics.TASK_ASSIGNED, last[1], last[0], EventTypes.TASK_ASSIGNED, last[2]);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsOf(dept).size() == 5);
        assertThat(mailsOf(dept)).extracting(MailParts::to).filteredOn(to -> !to.startsWith("marker"))
                .hasSize(4);
        assertThat(get("/deliveries?unit=" + vp)).hasSize(1);
        assertThat(get("/deliveries?unit=" + qlcn)).hasSize(4);
    }

    private void contact(String unit, String emails) {
        assertThat(call("PUT", "/units/" + unit + "/contact", """
                {"emails": ["%s"], "channels": ["EMAIL"], "cadence": "IMMEDIATE"}
                """.formatted(emails)).statusCode()).isEqualTo(200);
    }

    private static List<MailParts> mailsOf(String dept) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> recipients(message).contains(dept.toLowerCase()))
                .map(MailParts::of).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {eventId, key, json} of a task-assigned event as task-service publishes it. */
    private static String[] assigned(String planId, String taskNumber, String content, String unit,
            String role, List<String> leads, String due) {
        String eventId = UUID.randomUUID().toString();
        String json = """
                {"eventId":"%s","occurredAt":"2026-08-20T02:00:00Z","assignmentId":"%s:T%s:%s",
                 "planId":"%s","planNumber":"185/KH-%s","departmentCode":"%s","taskId":"T%s",
                 "taskNumber":"%s","taskContent":"%s","unitCode":"%s","role":"%s","leadUnits":[%s],
                 "dueDate":%s}
                """.formatted(eventId, planId, taskNumber, unit, planId, unit.substring(0, unit.indexOf('.')),
                unit.substring(0, unit.indexOf('.')), taskNumber, taskNumber, content, unit, role,
                String.join(",", leads.stream().map(lead -> "\"" + lead + "\"").toList()),
                due == null ? "null" : "\"" + due + "\"");
        return new String[] {eventId, unit, json};
    }
}
