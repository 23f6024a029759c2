package vn.dondoc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;

/**
 * The provincial office (role PROVINCE) imports and issues a plan of UBND tỉnh into the province
 * scope {@code UBND}, against the EXAMPLE province-level directory: its tasks name the Sở by their
 * offices' codes. It changes nothing of a department, and no department changes its plans.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN})
class ProvincialPlanTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String PROVINCE = TestTokens.province();
    static final String SKHCN_OFFICE = TestTokens.office("SKHCN");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-province-" + UUID.randomUUID());
    }

    @Test
    void theProvincialOfficeImportsAndIssuesAPlanOfUbndTinhWhoseTasksGoToTheDepartmentsOffices() throws Exception {
        // when: the provincial office imports 22/KH-UBND (no department given: its own scope)
        HttpResponse<String> imported = send("POST", "/plan-drafts", "text/plain",
                resource("/province-seeds/ubnd-22-kh-ubnd-2025.txt"), PROVINCE);

        // then: the draft reads the committee's header and resolves every unit it names
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(imported.body());
        assertThat(draft.get("departmentCode").asString()).isEqualTo("UBND");
        JsonNode header = draft.get("header");
        assertThat(header.get("departmentName").asString()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN");
        assertThat(header.get("signingAuthority").asString()).isEqualTo("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(header.get("signer").asString()).isEqualTo("Nguyễn Thanh Bình");
        assertThat(draft.get("tasks")).hasSize(8);
        assertThat(draft.get("findings").valueStream().map(finding -> finding.get("message").asString()).toList())
                .containsExactly("Nhiệm vụ II.1: cần chỉ định đơn vị phối hợp cho \"Các cơ quan có liên quan\"");

        // when: it issues the draft
        String id = draft.get("id").asString();
        HttpResponse<String> issued = send("POST", "/plan-drafts/" + id + "/issue", "application/json", "{}", PROVINCE);

        // then: plan-issued announces a plan of the province scope whose tasks name the Sở offices
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        TopicRecords topics = new TopicRecords(environment.getProperty("spring.embedded.kafka.brokers"));
        JsonNode event = await().atMost(Duration.ofSeconds(30)).until(() -> topics.all(Topics.PLAN_ISSUED,
                        Duration.ofMillis(300)).stream().map(record -> JSON.readTree(TopicRecords.value(record)))
                .filter(data -> data.get("planId").asString().equals(id)).findFirst().orElse(null), Objects::nonNull);
        assertThat(event.get("number").asString()).isEqualTo("22/KH-UBND");
        assertThat(event.get("departmentCode").asString()).isEqualTo("UBND");
        JsonNode task = event.get("tasks").get(3);
        assertThat(task.get("number").asString()).isEqualTo("II.2");
        assertThat(texts(task.get("leadUnits"))).containsExactly("SKHCN.VP", "SDTTG.VP");
        assertThat(texts(task.get("coordinatorUnits"))).containsExactly("UBND.VP");
        assertThat(texts(event.get("tasks").get(2).get("coordinatorUnitsToDesignate")))
                .containsExactly("Các cơ quan có liên quan");

        // and: every department reads the plan addressed to it, and none changes it
        assertThat(JSON.readTree(send("GET", "/plans/" + id, null, null, TestTokens.unit("SDTTG.VP")).body())
                .get("number").asString()).isEqualTo("22/KH-UBND");
        assertThat(problem(send("POST", "/plans/" + id + "/withdrawal", "application/json", "{\"reason\":\"x\"}",
                SKHCN_OFFICE))).isEqualTo("Chỉ Văn phòng UBND tỉnh được thực hiện thao tác này");
    }

    @Test
    void theProvincialOfficeRegistersPlansAndKeepsTheDirectoryOfItsScopeOnly() throws Exception {
        String provincial = plan("40/KH-UBND", "UBND", "SKHCN.VP");
        String departmental = plan("41/KH-SKHCN", "SKHCN", "SKHCN.VP");

        HttpResponse<String> registered = send("POST", "/plans", "application/json", provincial, PROVINCE);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(problem(send("POST", "/plans", "application/json", departmental, PROVINCE)))
                .isEqualTo("Chỉ Văn phòng hoặc Lãnh đạo sở SKHCN được thực hiện thao tác này");
        assertThat(send("POST", "/plans", "application/json", provincial.replace("40/", "42/"), SKHCN_OFFICE)
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/plan-drafts?department=SKHCN", "text/plain", "KẾ HOẠCH", PROVINCE).statusCode())
                .isEqualTo(403);

        HttpResponse<String> foreignUnit = send("POST", "/plans", "application/json",
                plan("43/KH-SKHCN", "SKHCN", "SDTTG.VP"), SKHCN_OFFICE);
        assertThat(foreignUnit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(foreignUnit.body()).get("detail").asString()).isEqualTo("Đơn vị SDTTG.VP trong nhiệm vụ 1 "
                + "không thuộc SKHCN: kế hoạch của một sở chỉ giao việc cho đơn vị của sở đó");

        String unit = "{\"name\":\"Trung tâm Phục vụ hành chính công tỉnh\",\"kind\":\"AFFILIATED_CENTRE\"}";
        assertThat(send("PUT", "/departments/UBND/units/UBND.TTPVHCC", "application/json", unit, PROVINCE)
                .statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/departments/UBND/units/UBND.TTPVHCC", "application/json", unit, SKHCN_OFFICE)
                .statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/departments/SKHCN/units/SKHCN.VP", "application/json",
                "{\"name\":\"Văn phòng Sở\",\"kind\":\"OFFICE\"}", PROVINCE).statusCode()).isEqualTo(403);

        String departmentalId = JSON.readTree(send("POST", "/plans", "application/json", departmental, SKHCN_OFFICE)
                .body()).get("id").asString();
        assertThat(problem(send("POST", "/plans/" + departmentalId + "/withdrawal", "application/json",
                "{\"reason\":\"x\"}", PROVINCE))).isEqualTo("Chỉ Văn phòng hoặc Lãnh đạo sở SKHCN được thực hiện thao tác này");
        String provincialId = JSON.readTree(registered.body()).get("id").asString();
        assertThat(send("POST", "/plans/" + provincialId + "/withdrawal", "application/json",
                "{\"reason\":\"Ban hành nhầm\"}", PROVINCE).statusCode()).isEqualTo(200);
    }

    private static String plan(String number, String department, String lead) {
        return """
                {"number":"%s","title":"Kế hoạch kiểm soát thủ tục hành chính","departmentCode":"%s",
                 "issuedOn":"2026-11-20","tasks":[{"content":"Rà soát","leadUnits":["%s"]}]}"""
                .formatted(number, department, lead);
    }

    private static String problem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        return JSON.readTree(response.body()).get("detail").asString();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(token))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType + "; charset=utf-8");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ProvincialPlanTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
