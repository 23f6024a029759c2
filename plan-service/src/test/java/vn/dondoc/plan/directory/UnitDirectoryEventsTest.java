package vn.dondoc.plan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
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

/**
 * Every unit stored (the example rosters at start, a unit put by the office) is announced on
 * {@code unit-directory-changed}, keyed by its directory entry, from the unit's own document; a unit
 * refused is neither stored nor announced. The sweep is an hour away: what arrives came at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "dondoc.eventing.sweep-interval=1h"})
@EmbeddedKafka(partitions = 1, topics = Topics.UNIT_DIRECTORY_CHANGED)
class UnitDirectoryEventsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    MongoOperations mongo;

    @Autowired
    UnitDirectory directory;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-units-test-" + UUID.randomUUID());
    }

    @Test
    void theExampleRostersAreAnnouncedAtStartWithTheUnitsNames() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ConsumerRecord<String, byte[]> cds = single("SKHCN:SKHCN.CDS");
            assertThat(TopicRecords.header(cds, "ce_type")).isEqualTo(EventTypes.UNIT_DIRECTORY_CHANGED);
            JsonNode event = JSON.readTree(cds.value());
            assertThat(event.get("unitCode").asString()).isEqualTo("SKHCN.CDS");
            assertThat(event.get("name").asString()).isEqualTo("Phòng Chuyển đổi số");
            assertThat(event.get("departmentCode").asString()).isEqualTo("SKHCN");
            assertThat(event.get("kind").asString()).isEqualTo("DIVISION");
            assertThat(event.get("validFrom").asString()).isEqualTo("2020-01-01");
            // the province's entry for the same office code names the department itself
            JsonNode department = JSON.readTree(single("UBND:SKHCN.VP").value());
            assertThat(department.get("name").asString()).isEqualTo("Sở Khoa học và Công nghệ");
            assertThat(department.get("kind").asString()).isEqualTo("DEPARTMENT");
        });
    }

    @Test
    void aUnitPutByTheOfficeIsAnnouncedOnceStoredAndARefusedOneIsNot() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> published("SKHCN:SKHCN.KHTC").size() == 1);

        HttpResponse<String> renamed = put("/departments/SKHCN/units/SKHCN.KHTC", """
                {"name":"Phòng Kế hoạch, Tài chính và Tổng hợp","kind":"DIVISION","validFrom":"2026-01-01"}""");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        HttpResponse<String> refused = put("/departments/SKHCN/units/SDTTG.TG", """
                {"name":"Phòng Tôn giáo","kind":"DIVISION"}""");
        assertThat(refused.statusCode()).isEqualTo(400);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> khtc = published("SKHCN:SKHCN.KHTC");
            assertThat(khtc).hasSize(2);
            JsonNode newest = JSON.readTree(khtc.get(1).value());
            assertThat(newest.get("name").asString()).isEqualTo("Phòng Kế hoạch, Tài chính và Tổng hợp");
            assertThat(newest.get("validFrom").asString()).isEqualTo("2026-01-01");
            assertThat(mongo.findById("SKHCN:SKHCN.KHTC", Document.class, "units")
                    .getList("pendingEvents", Document.class)).isEmpty();
        });
        assertThat(published("SKHCN:SDTTG.TG")).isEmpty();
        assertThat(mongo.findById("SKHCN:SDTTG.TG", Document.class, "units")).isNull();
        HttpResponse<String> units = get("/departments/SKHCN/units");
        assertThat(units.body()).contains("Phòng Kế hoạch, Tài chính và Tổng hợp").doesNotContain("pendingEvents");
    }

    @Test
    void aUnitStoredBeforeTheEventExistedIsAnnouncedOnceAtTheNextStart() {
        mongo.getCollection("units").insertOne(new Document("_id", "SKHCN:SKHCN.TTDV").append("departmentCode", "SKHCN")
                .append("code", "SKHCN.TTDV").append("name", "Trung tâm Dịch vụ khoa học và công nghệ")
                .append("kind", "AFFILIATED_CENTRE"));

        assertThat(directory.announceUnannounced()).isEqualTo(1);
        assertThat(directory.announceUnannounced()).isZero();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(JSON.readTree(single("SKHCN:SKHCN.TTDV")
                .value()).get("name").asString()).isEqualTo("Trung tâm Dịch vụ khoa học và công nghệ"));
    }

    private ConsumerRecord<String, byte[]> single(String key) {
        List<ConsumerRecord<String, byte[]>> records = published(key);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private List<ConsumerRecord<String, byte[]>> published(String key) {
        return new TopicRecords(environment.getProperty("spring.embedded.kafka.brokers"))
                .all(Topics.UNIT_DIRECTORY_CHANGED, Duration.ofMillis(300)).stream()
                .filter(record -> key.equals(record.key())).toList();
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(TestTokens.office()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(TestTokens.office())).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
