package vn.dondoc.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
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
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.notification.MailParts;
import vn.dondoc.notification.TaskEvents;

/**
 * With at most one email per address in 4 s, the first reminder goes out at once and the three
 * that follow wait for the window, then arrive together as one digest: deferred, never dropped.
 * Its own application context (other limits), database, broker and SMTP server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "notification.contacts.load-examples=false",
        "notification.overdue.weekly-cron=-",
        "notification.digest.quiet=200ms",
        "notification.digest.poll-interval=200ms",
        "notification.rate-limit.max-emails=1",
        "notification.rate-limit.window=4s"})
@EmbeddedKafka(partitions = 1)
class EmailRateLimitTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATABASE = "notification-rate-limit-" + UUID.randomUUID();

    static {
        SMTP.start();
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> DATABASE);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void defersEmailsBeyondTheLimitIntoOneDigestOnceTheWindowAllows() throws Exception {
        TaskEvents events = new TaskEvents("SRL", UUID.randomUUID().toString(), "SRL.CDS");
        HttpResponse<String> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/units/SRL.CDS/contact"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(TestTokens.office("SRL")))
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"emails\": [\"cds@srl.example.vn\"], \"channels\": [\"EMAIL\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(200);
        TopicRecords topics = new TopicRecords(broker.getBrokersAsString());
        events.reminder().send(topics);
        await().atMost(Duration.ofSeconds(30)).until(() -> mails().size() == 1);

        for (int i = 0; i < 3; i++) {
            events.reminder().send(topics);
        }

        List<MailParts> mails = await().atMost(Duration.ofSeconds(30)).until(this::mails, all -> all.size() == 2);
        assertThat(mails.get(0).subject()).isEqualTo("[Đôn Đốc] Nhắc việc: nhiệm vụ T2.3.3");
        assertThat(mails.get(1).subject()).isEqualTo("[Đôn Đốc] Tổng hợp thông báo cho SRL.CDS");
        assertThat(mails.get(1).text().split("Nhắc việc: nhiệm vụ T2.3.3\n", -1)).hasSize(4);
        JsonNode deliveries = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/deliveries?unit=SRL.CDS"))
                .header("Authorization", TestTokens.bearer(TestTokens.office("SRL"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(deliveries).hasSize(2);
        JsonNode digest = deliveries.get(0);
        assertThat(digest.get("eventIds")).hasSize(3);
        assertThat(Duration.between(Instant.parse(deliveries.get(1).get("createdAt").asString()),
                Instant.parse(digest.get("createdAt").asString()))).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mails().size() == 2);
    }

    private List<MailParts> mails() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(MailParts::of).toList();
    }
}
