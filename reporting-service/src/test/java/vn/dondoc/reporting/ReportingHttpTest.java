package vn.dondoc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.security.Caller;

/**
 * One running reporting-service shared by the HTTP tests: embedded broker, in-memory store, reminder
 * timer off, and a clock the tests move (01/12/2026 09:00 in Việt Nam unless a test says otherwise).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=reporting-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "reporting.reminders.enabled=false"})
@EmbeddedKafka(partitions = 1)
@Import(ReportingHttpTest.Movable.class)
public abstract class ReportingHttpTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    protected int port;

    /**
     * This context's broker. Not {@code ${spring.kafka.bootstrap-servers}}: it resolves through the
     * system property {@code spring.embedded.kafka.brokers}, which a later test class's own broker
     * (ReportDueOnceTest) overwrites while this cached context lives on.
     */
    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    protected MovableClock clock;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "reporting-http-" + UUID.randomUUID());
    }

    @BeforeEach
    void firstOfDecember() {
        clock.setDay(2026, 12, 1);
    }

    protected TopicRecords topics() {
        return new TopicRecords(brokers());
    }

    /** The bootstrap servers of this context's broker. */
    protected String brokers() {
        return broker.getBrokersAsString();
    }

    protected void sendTaskAssigned(String unit, String task, String role, String due, String at) {
        sendTaskAssigned(unit, "SKHCN", task, role, due, at);
    }

    protected void sendTaskAssigned(String unit, String department, String task, String role, String due, String at) {
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.TASK_ASSIGNED, unit, eventId, EventTypes.TASK_ASSIGNED, """
                {"eventId":"%s","occurredAt":"%s","assignmentId":"P9:%s:%s",
                 "planId":"P9","departmentCode":"%s","taskId":"%s","unitCode":"%s","role":"%s",
                 "leadUnits":[],"dueDate":%s}
                """.formatted(eventId, at, task, unit, department, task, unit, role, due));
    }

    /** As plan-service announces a unit stored in {@code directory} (a department, or {@code UBND}). */
    protected void sendUnitDirectoryChanged(String unitCode, String directory, String name, String kind, String at) {
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.UNIT_DIRECTORY_CHANGED, directory + ":" + unitCode, eventId,
                EventTypes.UNIT_DIRECTORY_CHANGED, """
                {"eventId":"%s","occurredAt":"%s","unitId":"%s:%s","unitCode":"%s","name":"%s",
                 "departmentCode":"%s","kind":"%s","validFrom":"2020-01-01","validTo":null,"successor":null}"""
                        .formatted(eventId, at, directory, unitCode, unitCode, name, directory, kind));
    }

    /**
     * Two units of the department each lead one task due 30/09/2026; {@code late} also leads one due
     * 10/09/2026 (4 days overdue at 14/09). {@code submitting} then submits its Q3/2026 report.
     */
    protected void givenOneUnitSubmittedQ3AndTheOtherDidNot(String department, String submitting, String late)
            throws Exception {
        sendTaskAssigned(submitting, department, "T1", "LEAD", "\"2026-09-30\"", "2026-08-01T02:00:00Z");
        sendTaskAssigned(late, department, "T1", "LEAD", "\"2026-09-30\"", "2026-08-01T02:00:00Z");
        sendTaskAssigned(late, department, "T2", "LEAD", "\"2026-09-10\"", "2026-08-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> JSON.readTree(
                get("/units/" + late + "/figures?period=2026-Q3&recompute=true").body())
                .path("lead").path("openOverdue").asLong() == 1
                && get("/units/" + submitting + "/figures?period=2026-Q3").statusCode() == 200);
        assertThat(post("/units/" + submitting + "/reports",
                "{\"period\": \"2026-Q3\", \"results\": \"Đã hoàn thành rà soát\"}").statusCode()).isEqualTo(201);
    }

    /** As the office of the department the path names ({@code /units/{unit}/…}, {@code /departments/{d}/…}). */
    protected HttpResponse<String> get(String path) throws Exception {
        String[] parts = path.split("[/?]");
        boolean named = parts.length > 2 && (parts[1].equals("units") || parts[1].equals("departments"))
                && !parts[2].equals("counts");
        return get(path, named ? TestTokens.office(Caller.departmentOf(parts[2])) : TestTokens.office());
    }

    protected HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** As the unit of the path ({@code /units/{unit}/…}), which alone submits its report. */
    protected HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, TestTokens.unit(path.split("/")[2]));
    }

    protected HttpResponse<String> post(String path, String json, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(token))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The service's clock, moved by the tests. */
    public static final class MovableClock extends Clock {
        private volatile Instant now;

        public void setDay(int year, int month, int day) {
            now = ZonedDateTime.of(year, month, day, 9, 0, 0, 0, VIETNAM).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Movable {
        @Bean
        MovableClock clock() {
            MovableClock clock = new MovableClock();
            clock.setDay(2026, 12, 1);
            return clock;
        }
    }
}
