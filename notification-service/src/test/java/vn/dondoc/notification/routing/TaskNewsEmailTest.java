package vn.dondoc.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.notification.MailParts;
import vn.dondoc.notification.NotificationServiceTest;
import vn.dondoc.notification.TaskEvents;
import vn.dondoc.notification.TaskEvents.Event;
import vn.dondoc.eventing.testing.TopicRecords;

/**
 * What happens to an assignment after it was given (due soon, overdue, result returned, extension,
 * office reminder, withdrawn) and to its plan (amended, withdrawn) reaches the unit as one
 * Vietnamese inbox message and one email each; an accepted result tells nothing; every event
 * delivered again sends nothing more.
 */
class TaskNewsEmailTest extends NotificationServiceTest {

    @Test
    void tellsTheUnitOfEachEventOnceInVietnamese() {
        String dept = unique("S");
        TaskEvents events = new TaskEvents(dept, UUID.randomUUID().toString(), dept + ".VP");
        String unit = events.unit();
        contact(unit, "vanphong@" + dept.toLowerCase() + ".example.vn");
        TopicRecords topics = topics();
        Event assigned = events.assigned();
        assigned.send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsOf(dept).size() == 1);
        List<Event> news = List.of(events.dueSoon(), events.overdue("2026-10-01", 1),
                events.resultReviewed(false, "Thiếu số liệu quý III"), events.resultReviewed(true, "Đạt yêu cầu"),
                events.extensionApproved(), events.reminder(), events.withdrawn(), events.planAmended(),
                events.planWithdrawn());

        news.forEach(event -> event.send(topics));

        String label = "Kế hoạch 185/KH-" + dept + ", mục 2.3.3";
        String plan = "Kế hoạch 185/KH-" + dept;
        List<String> titles = List.of("Sắp đến hạn: " + label, "Quá hạn: " + label, "Kết quả bị trả lại: " + label,
                "Đồng ý gia hạn: " + label, "Nhắc việc: " + label, "Thu hồi nhiệm vụ: " + label,
                plan + " được sửa đổi (lần 1)", plan + " đã bị thu hồi");
        List<MailParts> mails = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsOf(dept), received -> received.size() == 9);
        assertThat(mails.subList(1, 9)).extracting(MailParts::subject).containsExactlyInAnyOrderElementsOf(
                titles.stream().map(title -> "[Đôn Đốc] " + title).toList());
        String link = "https://dondoc.example/app/plans/" + events.planId() + "/tasks/T2.3.3";
        assertThat(mail(mails, "Quá hạn").text()).isEqualTo("""
                Kính gửi: %s,

                Quá hạn: %s
                %s. Hạn hoàn thành: 30/09/2026, đã quá hạn 1 ngày. Đề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả.
                Xem nhiệm vụ: %s

                --
                Thư này được gửi tự động từ hệ thống Đôn Đốc. Vui lòng không trả lời thư này.
                """.formatted(unit, label, TaskEvents.T233, link));
        assertThat(mail(mails, "Quá hạn").html()).contains("<a href=\"" + link + "\">Xem nhiệm vụ</a>");
        assertThat(mail(mails, "Sắp đến hạn").text())
                .contains(TaskEvents.T233 + ". Hạn hoàn thành: 30/09/2026 (còn 3 ngày).\n");
        assertThat(mail(mails, "Kết quả bị trả lại").text()).contains(TaskEvents.T233
                + ". Văn phòng đã trả lại kết quả để đơn vị hoàn thiện. Lý do: Thiếu số liệu quý III.\n");
        assertThat(mail(mails, "Đồng ý gia hạn").text()).contains(". Hạn mới: 31/10/2026 (hạn ban đầu: 30/09/2026;"
                + " đã gia hạn 1 lần). Ghi chú: Đồng ý gia hạn do chờ số liệu từ các xã.\n");
        assertThat(mail(mails, "Nhắc việc").text()).contains(TaskEvents.T233
                + ". Đề nghị đơn vị báo cáo tiến độ trước ngày 20/10/2026. Hạn hoàn thành: 31/10/2026.\n");
        assertThat(mail(mails, "Thu hồi nhiệm vụ").text()).contains(". Đơn vị không còn phải thực hiện nhiệm vụ này."
                + " Lý do: Nhiệm vụ đã giao cho đơn vị khác.\n");
        assertThat(mail(mails, "được sửa đổi").text()).contains(plan + " được sửa đổi (lần 1)\nNội dung sửa đổi:"
                + " Thêm nhiệm vụ 2.7; Sửa nhiệm vụ 2.3.3: thời hạn. Lý do: Điều chỉnh theo chỉ đạo của UBND tỉnh."
                + " Đề nghị đơn vị rà soát các nhiệm vụ được giao.\n\n--").doesNotContain("Xem nhiệm vụ");
        assertThat(mail(mails, "đã bị thu hồi").text()).contains(plan + " đã bị thu hồi\nCác nhiệm vụ của kế hoạch"
                + " không còn phải thực hiện. Lý do: Ban hành kế hoạch thay thế.\n");
        JsonNode inbox = get("/units/" + unit + "/notifications");
        assertThat(inbox).hasSize(9);
        assertThat(inbox.valueStream().map(n -> n.get("title").asString()).toList()).containsAll(titles);
        assertThat(inbox.valueStream().filter(n -> !n.get("title").asString().startsWith(plan + " "))
                .map(n -> n.get("planId").asString() + "/" + n.get("taskId").asString()).distinct().toList())
                .as("a message about a task names its plan and task, for the page to link to")
                .containsExactly(events.planId() + "/T2.3.3");

        news.forEach(event -> event.send(topics));
        assigned.send(topics);
        TaskEvents marker = new TaskEvents(dept, UUID.randomUUID().toString(), dept + ".MARK");
        contact(marker.unit(), "marker@" + dept.toLowerCase() + ".example.vn");
        marker.reminder().send(topics);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsOf(dept).size() == 10);
        assertThat(get("/units/" + unit + "/notifications")).hasSize(9);
        assertThat(get("/deliveries?unit=" + unit + "&status=SENT")).hasSize(9);
    }

    @Test
    void tellsAUnitOnceThatAnAmendmentChangedItsRoleAndNothingWhenOnlyTheWordingChanged() {
        String dept = unique("S");
        TaskEvents events = new TaskEvents(dept, UUID.randomUUID().toString(), dept + ".QLKH");
        String unit = events.unit();
        contact(unit, "qlkh@" + dept.toLowerCase() + ".example.vn");
        TopicRecords topics = topics();
        events.assigned().send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsOf(dept).size() == 1);
        Event madeLead = events.roleChanged("COORDINATOR", "LEAD", "\"" + unit + "\"");
        Event reworded = events.roleChanged("LEAD", "LEAD", "\"" + unit + "\"");
        Event madeCoordinator = events.roleChanged("LEAD", "COORDINATOR", "\"" + dept + ".VP\"");

        madeLead.send(topics);
        reworded.send(topics);
        madeCoordinator.send(topics);

        String label = "Kế hoạch 185/KH-" + dept + ", mục 2.3.3";
        List<MailParts> mails = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsOf(dept), received -> received.size() == 3);
        assertThat(mails.subList(1, 3)).extracting(MailParts::subject)
                .containsOnly("[Đôn Đốc] Thay đổi vai trò: " + label);
        assertThat(mails.subList(1, 3)).extracting(MailParts::text).anySatisfy(text -> assertThat(text).contains(
                TaskEvents.T233 + ". Theo kế hoạch sửa đổi: Đơn vị nay là đơn vị chủ trì (trước đây: phối hợp);"
                        + " đề nghị đơn vị tổ chức thực hiện và báo cáo kết quả.\n"));
        assertThat(mails.subList(1, 3)).extracting(MailParts::text).anySatisfy(text -> assertThat(text).contains(
                TaskEvents.T233 + ". Theo kế hoạch sửa đổi: Đơn vị nay là đơn vị phối hợp (trước đây: chủ trì);"
                        + " đơn vị chủ trì: " + dept + ".VP.\n"));

        madeLead.send(topics);
        TaskEvents marker = new TaskEvents(dept, UUID.randomUUID().toString(), dept + ".MARK");
        contact(marker.unit(), "marker@" + dept.toLowerCase() + ".example.vn");
        marker.reminder().send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsOf(dept).size() == 4);
        assertThat(get("/units/" + unit + "/notifications")).hasSize(3);
    }

    @Test
    void deadLettersAnOverdueEventWithoutItsDeadline() {
        String unit = unique("S") + ".VP";
        String id = UUID.randomUUID().toString();
        TopicRecords topics = topics();

        topics.sendCloudEvent(Topics.TASK_OVERDUE, unit, id, EventTypes.TASK_OVERDUE, """
                {"eventId":"%s","occurredAt":"2026-10-01T02:00:00Z","assignmentId":"P:T:%s","planId":"P",
                 "taskId":"T","unitCode":"%s","actor":"system","asOf":"2026-10-01","daysOverdue":1}"""
                .formatted(id, unit, unit));

        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> topics.all("error.task-overdue.notification-service", Duration.ofMillis(500)).stream()
                        .filter(record -> id.equals(TopicRecords.header(record, "ce_id"))).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(dead.key()).isEqualTo(unit);
        assertThat(TopicRecords.header(dead, "x-exception-message")).contains("dueDate");
        assertThat(get("/units/" + unit + "/notifications")).isEmpty();
    }

    private void contact(String unit, String email) {
        assertThat(call("PUT", "/units/" + unit + "/contact", """
                {"emails": ["%s"], "channels": ["EMAIL"], "cadence": "IMMEDIATE"}
                """.formatted(email)).statusCode()).isEqualTo(200);
    }

    private static MailParts mail(List<MailParts> mails, String subjectPart) {
        return mails.stream().filter(mail -> mail.subject().contains(subjectPart)).findFirst().orElseThrow();
    }

    static List<MailParts> mailsOf(String dept) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(MailParts::of)
                .filter(mail -> mail.to().contains(dept.toLowerCase())).toList();
    }
}
