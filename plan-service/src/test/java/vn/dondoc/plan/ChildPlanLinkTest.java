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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.plan.plan.PlanContent;
import vn.dondoc.plan.plan.PlanRegistration;
import vn.dondoc.plan.plan.PlanTask;

/**
 * A department plan that says "Thực hiện Kế hoạch số 38/KH-UBND ngày 05/02/2026 …" is linked to the
 * registered plan of UBND tỉnh with that number and year; a citation with a wrong year is kept as
 * written, not linked, and the draft says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN})
class ChildPlanLinkTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    PlanRegistration registration;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-links-" + UUID.randomUUID());
    }

    @Test
    void linksADepartmentPlanCitingARegisteredProvincialPlanAsItsChild() throws Exception {
        // given: the provincial plan 38/KH-UBND of 05/02/2026
        String parentId = registration.register(provincialPlan("38/KH-UBND", LocalDate.of(2026, 2, 5))).id();

        // when: the SKHCN office imports its plan citing it, and issues it
        HttpResponse<String> imported = send("POST", "/plan-drafts?department=SKHCN", "text/plain",
                resource("/province-seeds/skhcn-12-kh-skhcn-2026.txt"), TestTokens.office("SKHCN"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(imported.body());
        assertThat(draft.get("findings").valueStream().map(finding -> finding.get("code").asString()).toList())
                .doesNotContain("PARENT_NOT_REGISTERED", "UNKNOWN_UNIT", "UNASSIGNED_TASK");
        String childId = draft.get("id").asString();
        HttpResponse<String> issued = send("POST", "/plan-drafts/" + childId + "/issue", "application/json", "{}",
                TestTokens.office("SKHCN"));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);

        // then: the child names its parent by id, the parent lists it, plan-issued carries the link
        JsonNode child = JSON.readTree(send("GET", "/plans/" + childId, null, null, TestTokens.province()).body());
        assertThat(child.get("number").asString()).isEqualTo("12/KH-SKHCN");
        assertThat(texts(child.get("parentPlans"))).containsExactly("38/KH-UBND");
        assertThat(texts(child.get("parentPlanIds"))).containsExactly(parentId);
        JsonNode children = JSON.readTree(send("GET", "/plans?parent=" + parentId, null, null, TestTokens.province()).body());
        assertThat(children.valueStream().map(plan -> plan.get("number").asString()).toList())
                .containsExactly("12/KH-SKHCN");
        TopicRecords topics = new TopicRecords(environment.getProperty("spring.embedded.kafka.brokers"));
        JsonNode event = await().atMost(Duration.ofSeconds(30)).until(() -> topics.all(Topics.PLAN_ISSUED,
                        Duration.ofMillis(300)).stream().map(record -> JSON.readTree(TopicRecords.value(record)))
                .filter(data -> data.get("planId").asString().equals(childId)).findFirst().orElse(null),
                java.util.Objects::nonNull);
        assertThat(texts(event.get("parentPlanIds"))).containsExactly(parentId);
    }

    @Test
    void keepsACitationWithAWrongYearUnlinkedAndSaysSoInTheDraft() throws Exception {
        // given: 37/KH-UBND of 2026 registered; a department plan cites it with a date of 2025
        String parentId = registration.register(provincialPlan("37/KH-UBND", LocalDate.of(2026, 2, 5))).id();
        String text = resource("/province-seeds/sdttg-15-kh-sdttg-2026.txt")
                .replace("Số: 15/KH-SDTTG", "Số: 16/KH-SDTTG")
                .replace("Kế hoạch số 38/KH-UBND ngày 05/02/2026", "Kế hoạch số 37/KH-UBND ngày 05/02/2025");

        // when
        HttpResponse<String> imported = send("POST", "/plan-drafts?department=SDTTG", "text/plain", text,
                TestTokens.office("SDTTG"));
        String draftId = JSON.readTree(imported.body()).get("id").asString();
        HttpResponse<String> issued = send("POST", "/plan-drafts/" + draftId + "/issue", "application/json", "{}",
                TestTokens.office("SDTTG"));

        // then
        assertThat(JSON.readTree(imported.body()).get("findings").valueStream()
                .filter(finding -> finding.get("code").asString().equals("PARENT_NOT_REGISTERED"))
                .map(finding -> finding.get("message").asString()).toList()).containsExactly(
                "Kế hoạch số 37/KH-UBND năm 2025 của UBND tỉnh chưa được đăng ký trong hệ thống: "
                        + "kế hoạch này chưa được liên kết làm kế hoạch con");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode plan = JSON.readTree(issued.body());
        assertThat(texts(plan.get("parentPlans"))).containsExactly("37/KH-UBND");
        assertThat(texts(plan.get("parentPlanIds"))).isEmpty();
        assertThat(JSON.readTree(send("GET", "/plans?parent=" + parentId, null, null, TestTokens.province()).body()))
                .isEmpty();
    }

    private static PlanContent provincialPlan(String number, LocalDate issuedOn) {
        return new PlanContent(number, "Truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính năm 2026",
                PlanIssued.PROVINCE_SCOPE, issuedOn, List.of(
                        new PlanTask("T1", "1", "Tuyên truyền về TTHC", List.of("SKHCN.VP", "SDTTG.VP"), List.of(), null)));
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
        try (InputStream in = ChildPlanLinkTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
