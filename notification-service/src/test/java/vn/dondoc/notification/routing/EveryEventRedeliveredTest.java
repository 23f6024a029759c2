package vn.dondoc.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.notification.NotificationServiceTest;
import vn.dondoc.notification.TaskEvents;
import vn.dondoc.notification.TaskEvents.Event;
import vn.dondoc.notification.webhook.Receiver;

/**
 * Every event type the service consumes, delivered a second time, sends no second email and no
 * second webhook to a unit that takes both (and adds no inbox message).
 */
class EveryEventRedeliveredTest extends NotificationServiceTest {

    @Test
    void redeliveringEveryConsumedEventSendsNoSecondEmailOrWebhook() {
        String dept = unique("D");
        TaskEvents events = new TaskEvents(dept, UUID.randomUUID().toString(), dept + ".VP");
        TaskEvents marker = new TaskEvents(dept, UUID.randomUUID().toString(), dept + ".MARK");
        try (Receiver receiver = new Receiver()) {
            subscribe(events.unit(), receiver.answer("/unit", () -> 200));
            subscribe(marker.unit(), receiver.answer("/marker", () -> 200));
            TopicRecords topics = topics();
            Event assigned = events.assigned();
            assigned.send(topics);
            await().atMost(Duration.ofSeconds(30)).until(() -> TaskNewsEmailTest.mailsOf(dept).size() == 1);
            List<Event> telling = List.of(assigned, events.reportDue(), events.dueSoon(),
                    events.overdue("2026-10-01", 1), events.resultReviewed(false, "Thiếu số liệu quý III"),
                    events.extensionApproved(), events.reminder(), events.withdrawn(), events.planAmended(),
                    events.planWithdrawn());
            List<Event> silent = List.of(events.resultSubmitted(), events.resultReviewed(true, "Đạt yêu cầu"));
            telling.subList(1, telling.size()).forEach(event -> event.send(topics));
            silent.forEach(event -> event.send(topics));
            List<String> tellingIds = telling.stream().map(Event::id).toList();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(TaskNewsEmailTest.mailsOf(dept)).hasSize(10);
                assertThat(webhookIds(receiver, "/unit")).containsExactlyInAnyOrderElementsOf(tellingIds);
            });

            telling.forEach(event -> event.send(topics));
            silent.forEach(event -> event.send(topics));
            Event markerReminder = marker.reminder();
            markerReminder.send(topics);

            await().atMost(Duration.ofSeconds(30)).until(() -> webhookIds(receiver, "/marker").size() == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(TaskNewsEmailTest.mailsOf(dept)).hasSize(11);
                assertThat(webhookIds(receiver, "/unit")).containsExactlyInAnyOrderElementsOf(tellingIds);
            });
            assertThat(get("/units/" + events.unit() + "/notifications")).hasSize(10);
            assertThat(get("/deliveries?unit=" + events.unit() + "&status=SENT")).hasSize(20);
        }
    }

    private void subscribe(String unit, String url) {
        assertThat(call("PUT", "/units/" + unit + "/contact", """
                {"emails": ["%s@%s.example.vn"], "webhooks": [{"url": "%s", "secret": "bi-mat-cua-van-phong-ubnd"}],
                 "channels": ["EMAIL", "WEBHOOK"], "cadence": "IMMEDIATE"}
                """.formatted(unit.substring(unit.indexOf('.') + 1).toLowerCase(),
                unit.substring(0, unit.indexOf('.')).toLowerCase(), url)).statusCode()).isEqualTo(200);
    }

    private static List<String> webhookIds(Receiver receiver, String path) {
        return receiver.to(path).stream().map(request -> JSON.readTree(request.body()).get("id").asString()).toList();
    }
}
