package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.AccessMatrix.ALLOWED;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.LEADERSHIP;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.OFFICE;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.UNIT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.AccessMatrix;
import vn.dondoc.eventing.testing.AccessMatrix.Request;
import vn.dondoc.eventing.testing.AccessMatrix.Target;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicOffsets;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.security.Caller;

/**
 * Every endpoint of notification-service × office, leadership, unit, province × own unit, another
 * unit, another department, another province (see {@link AccessMatrix}): SKHCN.VP, SKHCN.QLKH and
 * SDTTG.VP each have a contact, a notification in their inbox and an email delivery. Its own store
 * (no other test's deliveries going on in the background).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "notification.contacts.load-examples=false",
        "notification.overdue.weekly-cron=-",
        "notification.digest.quiet=1s",
        "notification.digest.poll-interval=200ms"})
@EmbeddedKafka(partitions = 1)
class NotificationAccessMatrixTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final List<String> UNITS = List.of(AccessMatrix.UNIT, AccessMatrix.OTHER_UNIT, AccessMatrix.FOREIGN_UNIT);

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "notification-matrix-" + UUID.randomUUID());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> NotificationServiceTest.SMTP.getSmtp().getPort());
    }

    @Test
    void everyEndpointKeepsEachDepartmentBehindItsWall() {
        Map<String, String> notifications = new HashMap<>();
        Map<String, String> deliveries = new HashMap<>();
        for (String unit : UNITS) {
            String office = TestTokens.office(Caller.departmentOf(unit));
            assertThat(send("PUT", "/units/" + unit + "/contact", contact(unit), office).statusCode()).isEqualTo(200);
            new TaskEvents(Caller.departmentOf(unit), UUID.randomUUID().toString(), unit).assigned()
                    .send(new TopicRecords(broker.getBrokersAsString()));
        }
        for (String unit : UNITS) {
            String office = TestTokens.office(Caller.departmentOf(unit));
            await().atMost(Duration.ofSeconds(30)).until(() -> list("/units/" + unit + "/notifications", office)
                    .size() == 1 && list("/deliveries?unit=" + unit, office).size() == 1);
            notifications.put(unit, list("/units/" + unit + "/notifications", office).get(0).get("id").asString());
            deliveries.put(unit, list("/deliveries?unit=" + unit, office).get(0).get("id").asString());
        }

        try (TopicOffsets topics = new TopicOffsets(broker.getBrokersAsString(), List.of(Topics.TASK_ASSIGNED))) {
            AccessMatrix matrix = new AccessMatrix("http://127.0.0.1:" + port, mongo.getDb(), topics);
            matrix.endpoint("GET /units/{unitCode}/notifications",
                    target -> Request.get("/units/" + target.unit() + "/notifications")).unitScoped().foreign(403);
            matrix.endpoint("GET /units/{unitCode}/notifications/unread-count",
                    target -> Request.get("/units/" + target.unit() + "/notifications/unread-count")).unitScoped()
                    .foreign(403);
            matrix.endpoint("POST /units/{unitCode}/notifications/{id}/read", target -> Request.json("POST",
                    "/units/" + target.unit() + "/notifications/" + notifications.get(target.unit()) + "/read", ""))
                    .roles(UNIT).unitScoped().foreign(403);
            matrix.endpoint("POST /units/{unitCode}/notifications/read", target -> Request.json("POST",
                    "/units/" + target.unit() + "/notifications/read", "")).roles(UNIT).unitScoped().foreign(403);
            matrix.endpoint("GET /units/{unitCode}/contact",
                    target -> Request.get("/units/" + target.unit() + "/contact")).unitScoped().foreign(403);
            matrix.endpoint("PUT /units/{unitCode}/contact", target -> Request.json("PUT",
                    "/units/" + target.unit() + "/contact", contact(target.unit()))).roles(OFFICE).foreign(403);
            matrix.endpoint("GET /contacts", target -> Request.get("/contacts")).roles(OFFICE, LEADERSHIP)
                    .foreign(ALLOWED);
            matrix.endpoint("GET /deliveries", target -> Request.get("/deliveries?unit=" + target.unit()))
                    .roles(OFFICE, LEADERSHIP).foreign(403);
            matrix.endpoint("GET /deliveries/{id}", target -> Request.get("/deliveries/"
                    + deliveries.get(target.unit()))).roles(OFFICE, LEADERSHIP);
            matrix.endpoint("POST /deliveries/{id}/retry", target -> Request.json("POST", "/deliveries/"
                    + deliveries.get(target.unit()) + "/retry", "")).roles(OFFICE);

            matrix.apiDescription();

            int cases = matrix.run("notification-service", AccessMatrix.keys(mappings.getHandlerMethods().keySet()));

            assertThat(cases).isEqualTo((10 + AccessMatrix.API_DESCRIPTION.size()) * 16);
        }
    }

    private static String contact(String unit) {
        return "{\"emails\":[\"" + unit.toLowerCase().replace('.', '-') + "@example.vn\"],\"channels\":[\"EMAIL\"],"
                + "\"cadence\":\"IMMEDIATE\"}";
    }

    private List<JsonNode> list(String path, String token) {
        HttpResponse<String> response = send("GET", path, null, token);
        return response.statusCode() != 200 ? List.of() : JSON.readTree(response.body()).valueStream().toList();
    }

    private HttpResponse<String> send(String method, String path, String json, String token) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").header("Authorization", TestTokens.bearer(token))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }
}
