package vn.dondoc.plan;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;

/** A plan changed by a conditional update is published at once, not at the relay's next sweep (an hour away here). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "dondoc.eventing.sweep-interval=1h"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN})
class PlanChangeRelayTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-relay-test-" + UUID.randomUUID());
    }

    @Test
    void anAmendmentAndAWithdrawalArePublishedWithinSecondsWithoutASweep() throws Exception {
        String plan = "{\"number\":\"14/KH-SKHCN\",\"title\":\"Kế hoạch thử\",\"departmentCode\":\"SKHCN\","
                + "\"issuedOn\":\"2026-02-10\",\"tasks\":[{\"number\":\"1\",\"content\":\"Rà soát TTHC\","
                + "\"leadUnits\":[\"SKHCN.VP\"],\"dueDate\":\"2026-03-31\"}]}";
        HttpResponse<String> registered = post("/plans", plan);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = JSON.readTree(registered.body()).get("id").asString();

        HttpResponse<String> amended = post("/plans/" + id + "/amendments", "{\"reason\":\"Đổi đơn vị\",\"tasks\":["
                + "{\"number\":\"1\",\"content\":\"Rà soát TTHC\",\"leadUnits\":[\"SKHCN.QLKH\"],"
                + "\"dueDate\":\"2026-03-31\"}]}");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(published(Topics.PLAN_AMENDED, id)).singleElement()
                        .extracting(record -> TopicRecords.header(record, "ce_type"))
                        .isEqualTo(EventTypes.PLAN_AMENDED));

        assertThat(post("/plans/" + id + "/withdrawal", "{\"reason\":\"Ban hành nhầm\"}").statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(published(Topics.PLAN_WITHDRAWN, id)).hasSize(1));
    }

    private List<ConsumerRecord<String, byte[]>> published(String topic, String planId) {
        return new TopicRecords(environment.getProperty("spring.embedded.kafka.brokers"))
                .all(topic, Duration.ofMillis(300)).stream()
                .filter(record -> planId.equals(record.key())).toList();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(TestTokens.office()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
