package vn.dondoc.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.notification.NotificationServiceTest;

/**
 * With at most two webhooks per endpoint in 2 s, five events to one endpoint arrive over several
 * windows, each exactly once: the ones over the limit stay PENDING and the sweep sends them later.
 * Another endpoint is not held back. Its own application context (other limits), database and broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "notification.contacts.load-examples=false",
        "notification.overdue.weekly-cron=-",
        "notification.webhooks.allow-private-addresses=true",
        "notification.webhooks.rate-limit.max-deliveries=2",
        "notification.webhooks.rate-limit.window=2s",
        "notification.resume.interval=200ms"})
@EmbeddedKafka(partitions = 1)
class WebhookRateLimitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATABASE = "notification-webhook-rate-limit-" + UUID.randomUUID();
    private static final String SECRET = "bi-mat-cua-van-phong-ubnd-tinh";

    private final Receiver receiver = new Receiver();

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> DATABASE);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void defersWebhooksBeyondTheEndpointsLimitAndSendsEachOnceWhenTheWindowAllows() throws Exception {
        subscribe("WRL.VP", receiver.answer("/busy", () -> 200));
        subscribe("WRL.CDS", receiver.answer("/other", () -> 200));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(reportDue("WRL.VP"));
        }
        List<String> other = List.of(reportDue("WRL.CDS"), reportDue("WRL.CDS"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids("/busy"))
                .containsExactlyInAnyOrderElementsOf(sent));
        assertThat(ids("/other")).containsExactlyInAnyOrderElementsOf(other);
        List<Receiver.Request> busy = receiver.to("/busy");
        assertThat(Duration.between(busy.get(0).at(), busy.get(4).at()))
                .as("five at two per window need three windows").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(deliveries("WRL.VP")).hasSize(5)
                .allSatisfy(delivery -> {
                    assertThat(delivery.get("status").asString()).isEqualTo("SENT");
                    assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
                }));
        assertThat(meters.get("dondoc.notifications.deferred").tag("channel", "webhook").counter().count())
                .isGreaterThanOrEqualTo(3.0);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> receiver.to("/busy").size() == 5);
    }

    private List<String> ids(String path) {
        return receiver.to(path).stream().map(request -> JSON.readTree(request.body()).get("id").asString()).toList();
    }

    private void subscribe(String unit, String url) throws Exception {
        HttpResponse<String> saved = http("PUT", "/units/" + unit + "/contact", """
                {"webhooks": [{"url": "%s", "secret": "%s"}], "channels": ["WEBHOOK"]}
                """.formatted(url, SECRET));
        assertThat(saved.statusCode()).isEqualTo(200);
    }

    private List<JsonNode> deliveries(String unit) throws Exception {
        return JSON.readTree(http("GET", "/deliveries?unit=" + unit, null).body()).valueStream().toList();
    }

    private HttpResponse<String> http(String method, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(NotificationServiceTest.officeOf(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String reportDue(String unit) {
        String eventId = UUID.randomUUID().toString();
        new TopicRecords(broker.getBrokersAsString()).sendCloudEvent(Topics.REPORT_DUE, unit, eventId,
                EventTypes.REPORT_DUE, """
                {"eventId":"%s","occurredAt":"2026-11-20T01:00:00Z","reportId":"%s:Q4-2026",
                 "unitCode":"%s","periodType":"QUARTER","periodLabel":"Quý IV/2026",
                 "windowStart":"2026-09-15","windowEnd":"2026-12-14","dueDate":"2026-12-16",
                 "level":"UNIT_TO_OFFICE"}
                """.formatted(eventId, unit, unit));
        return eventId;
    }
}
