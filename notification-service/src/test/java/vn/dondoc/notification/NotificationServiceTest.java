package vn.dondoc.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
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
import vn.dondoc.security.Caller;

/**
 * The whole service on the embedded broker and store, with a real SMTP server (GreenMail) on a
 * random port. Every test class extending it shares one application context; tests stay apart by
 * using their own unit codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "dondoc.eventing.consumer.initial-backoff=50ms",
        "notification.contacts.load-examples=false",
        "notification.overdue.weekly-cron=-",
        "notification.webhooks.allow-private-addresses=true",
        "notification.webhooks.request-timeout=500ms",
        "notification.digest.quiet=1s",
        "notification.digest.poll-interval=200ms",
        "notification.resilience.initial-backoff=50ms",
        "notification.email.task-link-base-url=https://dondoc.example/app"})
@EmbeddedKafka(partitions = 1)
public abstract class NotificationServiceTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DATABASE = "notification-test-" + UUID.randomUUID();

    static {
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop));
    }

    @Autowired
    protected Environment environment;

    /** This context's broker: the system property it publishes is global and changes when another context starts one. */
    @Autowired
    protected EmbeddedKafkaBroker broker;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> DATABASE);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** As plan-service announces a unit stored in its department's directory. */
    protected void unitNamed(String unitCode, String name) {
        String eventId = UUID.randomUUID().toString();
        String department = unitCode.substring(0, unitCode.indexOf('.'));
        topics().sendCloudEvent(Topics.UNIT_DIRECTORY_CHANGED, department + ":" + unitCode, eventId,
                EventTypes.UNIT_DIRECTORY_CHANGED, """
                {"eventId":"%s","occurredAt":"2026-01-05T02:00:00Z","unitId":"%s:%s","unitCode":"%s","name":"%s",
                 "departmentCode":"%s","kind":"DIVISION","validFrom":"2020-01-01","validTo":null,"successor":null}"""
                        .formatted(eventId, department, unitCode, unitCode, name, department));
    }

    protected TopicRecords topics() {
        return new TopicRecords(broker.getBrokersAsString());
    }

    /**
     * As who may: the unit of the path marks its messages read, the office does everything else.
     */
    protected HttpResponse<String> call(String method, String path, String json) {
        boolean unitsOwn = method.equals("POST") && path.matches("/units/[^/]+/notifications.*");
        return call(method, path, json, unitsOwn ? TestTokens.unit(path.split("/")[2]) : officeOf(path));
    }

    /** The office of the department whose unit the path names ({@code /units/X/…}, {@code ?unit=X}), else SKHCN's. */
    public static String officeOf(String path) {
        Matcher unit = Pattern.compile("^/units/([^/?]+)|[?&]unit=([^&]+)").matcher(path);
        if (!unit.find()) {
            return TestTokens.office();
        }
        return TestTokens.office(Caller.departmentOf(unit.group(1) != null ? unit.group(1) : unit.group(2)));
    }

    protected HttpResponse<String> call(String method, String path, String json, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", TestTokens.bearer(token));
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    protected JsonNode get(String path) {
        HttpResponse<String> response = call("GET", path, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " → " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
