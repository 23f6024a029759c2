package vn.dondoc.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.notification.MailParts;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.inbox.NotificationKind;
import vn.dondoc.notification.webhook.Receiver;

/**
 * A delivery that failed because its channel's server was down is sent again by the sweep, with no
 * one pressing "retry", once the server is back and its next attempt time has come: exactly once. One
 * that keeps failing for 24 hours is UNDELIVERABLE with the last error. Its own application context
 * (a clock the tests move forward, a quick sweep), database, broker and SMTP server, which starts down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "notification.contacts.load-examples=false",
        "notification.overdue.weekly-cron=-",
        "notification.webhooks.allow-private-addresses=true",
        "notification.webhooks.request-timeout=500ms",
        "notification.resilience.initial-backoff=50ms",
        "notification.redelivery.interval=200ms"})
@EmbeddedKafka(partitions = 1)
@Import(RedeliveryTest.MovableClockConfiguration.class)
class RedeliveryTest {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final String DATABASE = "notification-redelivery-" + UUID.randomUUID();

    @Autowired
    Deliveries deliveries;
    @Autowired
    List<ChannelSender> senders;
    @Autowired
    FailedDeliverySweep sweep;
    @Autowired
    MovableClock clock;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> DATABASE);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void anEmailThatFailedWhileTheMailServerWasDownIsSentOnceWhenItIsBackAndItsTimeHasCome() throws Exception {
        String unit = "SRD." + unique() + ".VP";
        String domain = unit.toLowerCase() + ".example.vn";
        Delivery created = deliveries.create("email:" + unit + ":down", Channel.EMAIL, unit,
                NotificationKind.TASK_REMINDER, List.of("van-thu@" + domain), List.of(UUID.randomUUID().toString()),
                new Delivery.Content("[Đôn Đốc] Nhắc việc: nhiệm vụ 1.2", "Đề nghị báo cáo.",
                        "<html><body><p>Đề nghị báo cáo.</p></body></html>", null)).orElseThrow();
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        sender(Channel.EMAIL).send(created);

        Delivery failed = deliveries.byId(created.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.reason()).startsWith("Gửi email thất bại");
        assertThat(failed.nextAttemptAt()).as("a minute after the failure")
                .isBetween(before.plus(Duration.ofMinutes(1)), clock.instant().plus(Duration.ofMinutes(1)));

        SMTP.start();
        assertThat(sweep.redeliverDue()).as("not yet its time").isZero();
        assertThat(deliveries.byId(created.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED);

        clock.advance(Duration.ofSeconds(61));
        twoSweepsAtOnce(); // with the scheduled one, three sweeps may find it due: one claims it

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveries.byId(created.id())
                .orElseThrow()).satisfies(sent -> {
                    assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
                    assertThat(sent.redeliveries()).isEqualTo(1);
                    assertThat(sent.nextAttemptAt()).isNull();
                    assertThat(sent.reason()).isNull();
                }));
        assertThat(mailsTo(domain)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("[Đôn Đốc] Nhắc việc: nhiệm vụ 1.2"));
        clock.advance(Duration.ofHours(2));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(domain).size() == 1);
    }

    @Test
    void aWebhookWhoseServerFailsForTwentyFourHoursIsUndeliverableWithTheLastError() throws Exception {
        String unit = "SRD." + unique() + ".CDS";
        try (Receiver receiver = new Receiver()) {
            String url = receiver.answer("/down", () -> 503);
            assertThat(putContact(unit, """
                    {"webhooks": [{"url": "%s", "secret": "bi-mat-cua-so-khcn-tinh"}], "channels": ["WEBHOOK"]}
                    """.formatted(url))).isEqualTo(200);
            Delivery created = deliveries.create("webhook:" + UUID.randomUUID() + ":" + unit, Channel.WEBHOOK, unit,
                    NotificationKind.TASK_REMINDER, List.of(url), List.of(UUID.randomUUID().toString()),
                    new Delivery.Content(null, null, null, "{}")).orElseThrow();
            double givenUpBefore = undeliverable("webhook");

            sender(Channel.WEBHOOK).send(created);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveries.byId(created.id())
                    .orElseThrow()).satisfies(failed -> {
                        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
                        assertThat(failed.reason()).contains("HTTP 503");
                        assertThat(failed.nextAttemptAt()).isNotNull();
                    }));
            int requestsWhileFailing = receiver.to("/down").size();

            clock.advance(Duration.ofHours(24).plusMinutes(1));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveries.byId(created.id())
                    .orElseThrow()).satisfies(givenUp -> {
                        assertThat(givenUp.status()).isEqualTo(DeliveryStatus.UNDELIVERABLE);
                        assertThat(givenUp.reason()).startsWith("Không gửi được trong 24 giờ: ");
                        assertThat(givenUp.nextAttemptAt()).isNull();
                        assertThat(givenUp.redeliveries()).isEqualTo(1);
                    }));
            assertThat(receiver.to("/down").size()).as("tried once more at the deadline")
                    .isGreaterThan(requestsWhileFailing);
            assertThat(undeliverable("webhook") - givenUpBefore).isEqualTo(1.0);
            assertThat(sweep.redeliverDue()).as("given up: never sent again").isZero();
        }
    }

    private ChannelSender sender(Channel channel) {
        return senders.stream().filter(sender -> sender.channel() == channel).findFirst().orElseThrow();
    }

    private void twoSweepsAtOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> passes = List.of(instances.submit(() -> {
                start.await();
                return sweep.redeliverDue();
            }), instances.submit(() -> {
                start.await();
                return sweep.redeliverDue();
            }));
            start.countDown();
            assertThat(passes.get(0).get() + passes.get(1).get()).isLessThanOrEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
    }

    private int putContact(String unit, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/units/" + unit + "/contact"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(TestTokens.office("SRD")))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private double undeliverable(String channel) {
        Counter counter = meters.find("dondoc.notifications.deliveries").tag("channel", channel)
                .tag("status", "undeliverable").counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<MailParts> mailsTo(String domain) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(MailParts::of)
                .filter(mail -> mail.to().endsWith("@" + domain)).toList();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's clock: the system's, moved forward by the tests. */
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ahead);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfiguration {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
