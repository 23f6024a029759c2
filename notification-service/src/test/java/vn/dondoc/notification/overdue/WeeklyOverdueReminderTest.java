package vn.dondoc.notification.overdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.notification.MailParts;
import vn.dondoc.notification.NotificationServiceTest;
import vn.dondoc.notification.TaskEvents;
import vn.dondoc.notification.TaskEvents.Event;
import vn.dondoc.notification.tracking.TrackedAssignment;
import vn.dondoc.notification.tracking.TrackedAssignments;

/**
 * An assignment announced overdue on 01/10 is reminded once on each whole week after (08/10,
 * 15/10, …), never twice for a week, not while its result awaits review, again once the result is
 * returned, and no more once an approved extension moved its deadline.
 */
class WeeklyOverdueReminderTest extends NotificationServiceTest {

    @Autowired
    WeeklyOverdueReminders reminders;

    @Autowired
    TrackedAssignments tracked;

    @Test
    void remindsOncePerWeekWhileTheAssignmentStaysOverdue() {
        String dept = unique("S");
        TaskEvents events = new TaskEvents(dept, UUID.randomUUID().toString(), dept + ".QLKH");
        assertThat(call("PUT", "/units/" + events.unit() + "/contact", """
                {"emails": ["qlkh@%s.example.vn"], "channels": ["EMAIL"], "cadence": "IMMEDIATE"}
                """.formatted(dept.toLowerCase())).statusCode()).isEqualTo(200);
        TopicRecords topics = topics();
        events.assigned().send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> subjects(dept).size() == 1);
        Event overdue = events.overdue("2026-10-01", 1);
        overdue.send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> subjects(dept).size() == 2);

        reminders.remind(LocalDate.of(2026, 10, 7));
        reminders.remind(LocalDate.of(2026, 10, 8));
        reminders.remind(LocalDate.of(2026, 10, 8));
        overdue.send(topics);
        reminders.remind(LocalDate.of(2026, 10, 12));
        reminders.remind(LocalDate.of(2026, 10, 15));
        await().atMost(Duration.ofSeconds(30)).until(() -> subjects(dept).size() == 4);

        events.resultSubmitted().send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> assignment(events).awaitingReview());
        reminders.remind(LocalDate.of(2026, 10, 22));
        events.resultReviewed(false, "Thiếu số liệu quý III").send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> !assignment(events).awaitingReview());
        reminders.remind(LocalDate.of(2026, 10, 22));
        events.extensionApproved().send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> assignment(events).overdueDueDate() == null);
        reminders.remind(LocalDate.of(2026, 10, 29));
        events.reminder().send(topics);

        String label = "Kế hoạch 185/KH-" + dept + ", mục 2.3.3";
        await().atMost(Duration.ofSeconds(30)).until(() -> subjects(dept).size() == 8);
        assertThat(subjects(dept)).containsExactlyInAnyOrder(
                "[Đôn Đốc] Kế hoạch 185/KH-" + dept + ": 1 nhiệm vụ giao cho " + events.unit(),
                "[Đôn Đốc] Quá hạn: " + label,
                "[Đôn Đốc] Vẫn quá hạn 8 ngày: " + label,
                "[Đôn Đốc] Vẫn quá hạn 15 ngày: " + label,
                "[Đôn Đốc] Kết quả bị trả lại: " + label,
                "[Đôn Đốc] Vẫn quá hạn 22 ngày: " + label,
                "[Đôn Đốc] Đồng ý gia hạn: " + label,
                "[Đôn Đốc] Nhắc việc: " + label);
        MailParts week1 = Arrays.stream(SMTP.getReceivedMessages()).map(MailParts::of)
                .filter(mail -> mail.subject().contains("Vẫn quá hạn 8 ngày") && mail.to().contains(dept.toLowerCase()))
                .findFirst().orElseThrow();
        assertThat(week1.text()).contains(TaskEvents.T233 + ". Hạn hoàn thành: 30/09/2026, đã quá hạn 8 ngày."
                + " Đề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả.\nXem nhiệm vụ: ");
        assertThat(get("/units/" + events.unit() + "/notifications")).hasSize(8);
    }

    private TrackedAssignment assignment(TaskEvents events) {
        return tracked.of(events.assignmentId()).orElseThrow();
    }

    private static List<String> subjects(String dept) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(MailParts::of)
                .filter(mail -> mail.to().contains(dept.toLowerCase())).map(MailParts::subject).toList();
    }
}
