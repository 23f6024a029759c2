package vn.dondoc.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.notification.NotificationServiceTest;

/** Signed CloudEvent webhooks to a real HTTP server on 127.0.0.1: signature, retry, circuit breaker, office retry. */
class WebhookDeliveryTest extends NotificationServiceTest {

    private static final String SECRET = "bi-mat-cua-van-phong-ubnd-tinh";
    private final Receiver receiver = new Receiver();

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void postsASignedCloudEventThatTheReceiverCanVerifyWithTheDocumentedRecipe() {
        String unit = unique("W") + ".VP";
        subscribe(unit, receiver.answer("/ok", () -> 204));
        String eventId = UUID.randomUUID().toString();

        reportDue(unit, eventId);

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.to("/ok").size() == 1);
        Receiver.Request request = receiver.to("/ok").get(0);
        assertThat(request.signature()).isEqualTo(WebhookSignature.of(SECRET,
                Long.parseLong(request.timestamp()), request.body()));
        assertThat(request.signature()).matches("sha256=[0-9a-f]{64}");
        assertThat(request.contentType()).startsWith("application/cloudevents+json");
        JsonNode event = JSON.readTree(request.body());
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("id").asString()).isEqualTo(eventId);
        assertThat(event.get("type").asString()).isEqualTo(EventTypes.REPORT_DUE);
        assertThat(event.get("subject").asString()).isEqualTo(unit);
        assertThat(event.get("data").get("periodLabel").asString()).isEqualTo("Quý IV/2026");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(get("/deliveries?unit=" + unit).get(0).get("status").asString()).isEqualTo("SENT"));

        reportDue(unit, eventId);
        String marker = UUID.randomUUID().toString();
        reportDue(unit, marker);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.to("/ok").size() == 2);
        assertThat(receiver.to("/ok")).extracting(r -> JSON.readTree(r.body()).get("id").asString())
                .containsExactly(eventId, marker);
    }

    @Test
    void aReceiverFailingTwiceThenSucceedingGetsOneEffectiveDelivery() {
        String unit = unique("W") + ".QLKH";
        AtomicInteger calls = new AtomicInteger();
        subscribe(unit, receiver.answer("/flaky", () -> calls.incrementAndGet() <= 2 ? 503 : 200));

        reportDue(unit, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode delivery = get("/deliveries?unit=" + unit).get(0);
            assertThat(delivery.get("status").asString()).isEqualTo("SENT");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        });
        assertThat(receiver.to("/flaky")).extracting(Receiver.Request::status).containsExactly(503, 503, 200);
    }

    @Test
    void aDeadReceiverOpensItsCircuitWhileASlowOneAndAHealthyOneAreUnaffected() throws Exception {
        String dead = unique("W") + ".DEAD";
        String slow = unique("W") + ".SLOW";
        String healthy = unique("W") + ".OK";
        CountDownLatch never = new CountDownLatch(1);
        String deadUrl = receiver.answer("/dead", () -> 500);
        subscribe(dead, deadUrl);
        subscribe(slow, receiver.answer("/slow", () -> {
            awaitQuietly(never);
            return 200;
        }));
        subscribe(healthy, receiver.answer("/healthy", () -> 200));

        for (int i = 0; i < 4; i++) {
            reportDue(dead, UUID.randomUUID().toString());
            reportDue(slow, UUID.randomUUID().toString());
            reportDue(healthy, UUID.randomUUID().toString());
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/deliveries?unit=" + healthy + "&status=SENT")).hasSize(4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> reasons = get("/deliveries?unit=" + dead + "&status=FAILED").valueStream()
                    .map(node -> node.get("reason").asString()).toList();
            // under load all four may fail their first attempts together, so every last reason can
            // be the open circuit: what is certain is that each is the 500 or the circuit
            assertThat(reasons).hasSize(4)
                    .allSatisfy(reason -> assertThat(reason).matches("(?s).*HTTP 500.*|Ngắt mạch.*"))
                    .anySatisfy(reason -> assertThat(reason).startsWith("Ngắt mạch"));
        });
        assertThat(receiver.to("/dead").size()).as("the receiver answered 500 before the circuit opened")
                .isPositive().as("the open circuit stops calls").isLessThan(12);
        assertThat(meters.get("resilience4j.circuitbreaker.state").tag("name", WebhookSender.endpointName(deadUrl))
                .tag("state", "open").gauge().value()).isEqualTo(1.0);
        assertThat(meters.getMeters()).as("no meter names or labels an endpoint by its URL").allSatisfy(meter -> {
            assertThat(meter.getId().getName()).doesNotContain("/dead");
            assertThat(meter.getId().getTags()).allSatisfy(tag ->
                    assertThat(tag.getValue()).doesNotContain("/dead"));
        });
        HttpResponse<String> scraped = call("GET", "/actuator/prometheus", null, null);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains(WebhookSender.endpointName(deadUrl)).doesNotContain("/dead");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get("/deliveries?unit=" + slow + "&status=FAILED")).hasSize(4)
                .allSatisfy(node -> assertThat(node.get("reason").asString())
                        .matches("Gửi webhook thất bại: .*timed out|Ngắt mạch: .*")));
        assertThat(meters.get("dondoc.notifications.deliveries").tag("channel", "webhook")
                .tag("status", "failed").counter().count()).isGreaterThanOrEqualTo(8.0);
        never.countDown();
    }

    @Test
    void theOfficeRetriesAFailedDeliveryOnceTheReceiverIsBack() {
        String unit = "SKHCN." + unique("W") + ".CDS";
        AtomicBoolean back = new AtomicBoolean(false);
        subscribe(unit, receiver.answer("/back", () -> back.get() ? 200 : 502));
        reportDue(unit, UUID.randomUUID().toString());
        JsonNode failed = await().atMost(Duration.ofSeconds(20)).until(() -> get("/deliveries?unit=" + unit).get(0),
                delivery -> delivery.get("status").asString().equals("FAILED"));
        assertThat(failed.get("reason").asString()).isEqualTo("Gửi webhook thất bại: HTTP 502 từ "
                + failed.get("recipients").get(0).asString());
        String id = failed.get("id").asString();

        back.set(true);
        assertThat(call("POST", "/deliveries/" + id + "/retry", null).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/deliveries/" + id).get("status").asString()).isEqualTo("SENT"));
        assertThat(get("/deliveries/" + id).get("attempts").asInt()).isEqualTo(4);
        assertThat(call("POST", "/deliveries/" + id + "/retry", null).statusCode()).isEqualTo(409);
        assertThat(receiver.to("/back")).extracting(Receiver.Request::status).containsExactly(502, 502, 502, 200);
    }

    private void subscribe(String unit, String url) {
        assertThat(call("PUT", "/units/" + unit + "/contact", """
                {"webhooks": [{"url": "%s", "secret": "%s"}], "channels": ["WEBHOOK"]}
                """.formatted(url, SECRET)).statusCode()).isEqualTo(200);
    }

    private void reportDue(String unit, String eventId) {
        topics().sendCloudEvent(Topics.REPORT_DUE, unit, eventId, EventTypes.REPORT_DUE, """
                {"eventId":"%s","occurredAt":"2026-11-20T01:00:00Z","reportId":"%s:Q4-2026",
                 "unitCode":"%s","periodType":"QUARTER","periodLabel":"Quý IV/2026",
                 "windowStart":"2026-09-15","windowEnd":"2026-12-14","dueDate":"2026-12-16",
                 "level":"UNIT_TO_OFFICE"}
                """.formatted(eventId, unit, unit));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
