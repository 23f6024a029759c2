package vn.dondoc.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import vn.dondoc.notification.MailParts;
import vn.dondoc.notification.NotificationServiceTest;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.inbox.NotificationKind;
import vn.dondoc.notification.webhook.Receiver;
import vn.dondoc.notification.webhook.WebhookSignature;

/**
 * A delivery left PENDING by a crash (stored exactly as the crashed instance left it: claimed, its
 * claim run out) is sent once by the sweep through the normal channel path, even by two sweeps at
 * once; a delivery whose claim still holds is left alone.
 */
class DeliveryResumptionTest extends NotificationServiceTest {

    private static final String SECRET = "bi-mat-cua-van-phong-ubnd-tinh";

    @Autowired
    MongoOperations mongo;
    @Autowired
    PendingDeliverySweep sweep;
    @Autowired
    Deliveries deliveries;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Clock clock;

    @Test
    void twoSweepsAtOnceSendAnEmailLeftPendingByACrashExactlyOnceAndMarkItSent() throws Exception {
        String unit = "SKHCN." + unique("R") + ".VP";
        String domain = unit.toLowerCase() + ".example.vn";
        String id = "email:" + unit + ":crashed";
        mongo.insert(leftByACrash(id, Channel.EMAIL, unit, "van-thu@" + domain, new Delivery.Content(
                "[Đôn Đốc] Nhắc việc: nhiệm vụ 2.3.3", "Kính gửi đơn vị " + unit + ",\nĐề nghị báo cáo.",
                "<html><body><p>Đề nghị báo cáo.</p></body></html>", null)));
        double resumedBefore = resumed("email");

        List<Integer> passes = twoSweepsAtOnce();

        List<MailParts> mails = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(domain),
                received -> received.size() == 1);
        assertThat(mails.get(0).subject()).isEqualTo("[Đôn Đốc] Nhắc việc: nhiệm vụ 2.3.3");
        assertThat(mails.get(0).text()).contains("Đề nghị báo cáo.");
        JsonNode delivery = get("/deliveries/" + id);
        assertThat(delivery.get("status").asString()).isEqualTo("SENT");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        // the scheduled sweep may have run at the same moment and won: then both passes got nothing
        assertThat(passes).allSatisfy(resumed -> assertThat(resumed).isLessThanOrEqualTo(1));
        assertThat(resumed("email") - resumedBefore).isEqualTo(1.0);

        sweep.resumeUnclaimed();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(domain).size() == 1);
    }

    @Test
    void aWebhookLeftPendingByACrashIsPostedOnceSignedWithTheSameCloudEventId() throws Exception {
        String unit = "SKHCN." + unique("R") + ".CDS";
        try (Receiver receiver = new Receiver()) {
            String url = receiver.answer("/resumed", () -> 200);
            assertThat(call("PUT", "/units/" + unit + "/contact", """
                    {"webhooks": [{"url": "%s", "secret": "%s"}], "channels": ["WEBHOOK"]}
                    """.formatted(url, SECRET)).statusCode()).isEqualTo(200);
            String eventId = UUID.randomUUID().toString();
            String id = "webhook:" + eventId + ":" + unit + ":crashed";
            String cloudEvent = """
                    {"specversion":"1.0","id":"%s","source":"/dondoc/task-service","type":"vn.dondoc.task.reminder-sent.v1","subject":"%s","data":{}}"""
                    .formatted(eventId, unit);
            mongo.insert(leftByACrash(id, Channel.WEBHOOK, unit, url, new Delivery.Content(null, null, null, cloudEvent)));

            twoSweepsAtOnce();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(get("/deliveries/" + id).get("status").asString()).isEqualTo("SENT"));
            assertThat(receiver.to("/resumed")).hasSize(1).allSatisfy(request -> {
                assertThat(request.body()).isEqualTo(cloudEvent);
                assertThat(request.signature()).isEqualTo(
                        WebhookSignature.of(SECRET, Long.parseLong(request.timestamp()), request.body()));
            });
            sweep.resumeUnclaimed();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> receiver.to("/resumed").size() == 1);
        }
    }

    @Test
    void leavesAPendingDeliveryAloneWhileItsClaimHolds() {
        String unit = "SKHCN." + unique("R") + ".QLKH";
        String domain = unit.toLowerCase() + ".example.vn";
        Delivery fresh = deliveries.create("email:" + unit + ":fresh", Channel.EMAIL, unit,
                NotificationKind.TASK_REMINDER, List.of("van-thu@" + domain), List.of(UUID.randomUUID().toString()),
                new Delivery.Content("[Đôn Đốc] Nhắc việc", "Nội dung", "<p>Nội dung</p>", null)).orElseThrow();
        Instant now = clock.instant();
        String legacyId = "email:" + unit + ":legacy";
        mongo.insert(new Delivery(legacyId, Channel.EMAIL, unit, NotificationKind.TASK_REMINDER,
                List.of("van-thu@" + domain), List.of(UUID.randomUUID().toString()), DeliveryStatus.PENDING, 0, null,
                fresh.content(), now, now, null, null, 0, null));

        sweep.resumeUnclaimed();

        assertThat(deliveries.byId(fresh.id()).orElseThrow()).satisfies(stored -> {
            assertThat(stored.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(stored.claimedBy()).isEqualTo(fresh.claimedBy());
        });
        assertThat(deliveries.byId(legacyId).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(mailsTo(domain)).isEmpty();
    }

    /** As an instance that crashed ten minutes ago left it: created, claimed for five minutes, never finished. */
    private static Delivery leftByACrash(String id, Channel channel, String unit, String recipient,
            Delivery.Content content) {
        Instant crashedAt = Instant.now().minus(Duration.ofMinutes(10));
        return new Delivery(id, channel, unit, NotificationKind.TASK_REMINDER, List.of(recipient),
                List.of(UUID.randomUUID().toString()), DeliveryStatus.PENDING, 0, null, content, crashedAt,
                crashedAt, "crashed-instance/" + UUID.randomUUID(), crashedAt.plus(Duration.ofMinutes(5)), 0, null);
    }

    private List<Integer> twoSweepsAtOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> passes = List.of(instances.submit(() -> {
                start.await();
                return sweep.resumeUnclaimed();
            }), instances.submit(() -> {
                start.await();
                return sweep.resumeUnclaimed();
            }));
            start.countDown();
            return List.of(passes.get(0).get(), passes.get(1).get());
        } finally {
            instances.shutdownNow();
        }
    }

    private double resumed(String channel) {
        var counter = meters.find("dondoc.notifications.resumed").tag("channel", channel).tag("cause", "stalled")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<MailParts> mailsTo(String domain) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(MailParts::of)
                .filter(mail -> mail.to().endsWith("@" + domain)).toList();
    }
}
