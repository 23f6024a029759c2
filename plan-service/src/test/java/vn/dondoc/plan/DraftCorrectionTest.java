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
import java.util.Objects;
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
 * The office corrects an imported draft's header (number, date, title, coverage, parent plan,
 * signer, reporting) and a task's timeframe before issuing: the plan is issued with what it typed,
 * the corrected parent reference links the plan as a child, settled findings go; a refused
 * correction changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN})
class DraftCorrectionTest {

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
        registry.add("spring.mongodb.database", () -> "plan-corrections-" + UUID.randomUUID());
    }

    @Test
    void issuesThePlanWithTheCorrectedHeaderAndLinksTheCorrectedParent() throws Exception {
        // given: 41/KH-UBND of 05/02/2026 registered; an unnumbered SDTTG draft citing it with the year 2025
        String parentId = registration.register(provincialPlan("41/KH-UBND", LocalDate.of(2026, 2, 5))).id();
        String draftId = importDraft(unnumbered("Kế hoạch số 41/KH-UBND ngày 05/02/2025"));
        assertThat(codes(draft(draftId))).contains("MISSING_NUMBER", "IMPRECISE_ISSUE_DATE", "PARENT_NOT_REGISTERED");

        // when: the office corrects the header, then issues
        HttpResponse<String> corrected = send("PUT", "/plan-drafts/" + draftId + "/header", """
                {"number":"17/KH-SDTTG","issuedOn":"2026-03-02","title":"Truyền thông về thủ tục hành chính năm 2026",
                 "coverageStart":"2026-03-01","coverageEnd":"2026-12-31",
                 "parentReferences":[{"number":"41/KH-UBND","date":"2026-02-05"}],
                 "signer":"Hoàng Văn Kiên","signingAuthority":"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
                 "reportingText":"Định kỳ hằng quý, năm","reportingPeriods":["QUARTER","YEAR"]}""",
                TestTokens.office("SDTTG"));
        HttpResponse<String> issued = send("POST", "/plan-drafts/" + draftId + "/issue", "{}", TestTokens.office("SDTTG"));

        // then: the draft holds the header and its findings are settled; the plan and plan-issued carry it
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode header = JSON.readTree(corrected.body()).get("header");
        assertThat(header.get("number").asString()).isEqualTo("17/KH-SDTTG");
        assertThat(header.get("issueDate").get("date").asString()).isEqualTo("2026-03-02");
        assertThat(header.get("issueDate").get("precision").asString()).isEqualTo("DAY");
        assertThat(header.get("signer").asString()).isEqualTo("Hoàng Văn Kiên");
        assertThat(header.get("parentReferences").get(0).get("text").asString())
                .isEqualTo("Kế hoạch số 41/KH-UBND ngày 05/02/2026");
        assertThat(codes(JSON.readTree(corrected.body())))
                .doesNotContain("MISSING_NUMBER", "IMPRECISE_ISSUE_DATE", "PARENT_NOT_REGISTERED");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode plan = JSON.readTree(send("GET", "/plans/" + draftId, null, TestTokens.office("SDTTG")).body());
        assertThat(plan.get("number").asString()).isEqualTo("17/KH-SDTTG");
        assertThat(plan.get("issuedOn").asString()).isEqualTo("2026-03-02");
        assertThat(plan.get("title").asString()).isEqualTo("Truyền thông về thủ tục hành chính năm 2026");
        assertThat(plan.get("coverageStart").asString()).isEqualTo("2026-03-01");
        assertThat(plan.get("reportingText").asString()).isEqualTo("Định kỳ hằng quý, năm");
        assertThat(texts(plan.get("parentPlanIds"))).containsExactly(parentId);
        assertThat(JSON.readTree(send("GET", "/plans?parent=" + parentId, null, TestTokens.province()).body())
                .valueStream().map(child -> child.get("number").asString()).toList()).containsExactly("17/KH-SDTTG");
        TopicRecords topics = new TopicRecords(environment.getProperty("spring.embedded.kafka.brokers"));
        JsonNode event = await().atMost(Duration.ofSeconds(30)).until(() -> topics.all(Topics.PLAN_ISSUED,
                        Duration.ofMillis(300)).stream().map(record -> JSON.readTree(TopicRecords.value(record)))
                .filter(data -> data.get("planId").asString().equals(draftId)).findFirst().orElse(null),
                Objects::nonNull);
        assertThat(event.toString()).contains("17/KH-SDTTG", "2026-03-02");
        assertThat(texts(event.get("parentPlanIds"))).containsExactly(parentId);
    }

    @Test
    void refusesAHeaderThatDoesNotFitWithEachFieldAndChangesNothing() throws Exception {
        // given
        String draftId = importDraft(unnumbered("Kế hoạch số 42/KH-UBND ngày 05/02/2026"));
        String before = send("GET", "/plan-drafts/" + draftId, null, TestTokens.office("SDTTG")).body();

        // when
        HttpResponse<String> malformed = send("PUT", "/plan-drafts/" + draftId + "/header", """
                {"number":"mười bảy","parentReferences":[{"number":"KH UBND"}]}""", TestTokens.office("SDTTG"));
        HttpResponse<String> misfit = send("PUT", "/plan-drafts/" + draftId + "/header", """
                {"number":"17/KH-SKHCN","title":"  ","coverageStart":"2026-06-01","coverageEnd":"2026-01-31",
                 "issuedOn":"0026-03-02"}""", TestTokens.office("SDTTG"));

        // then
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(fields(malformed)).containsExactlyInAnyOrder("number", "parentReferences[0].number");
        assertThat(malformed.body()).contains("Số, ký hiệu phải có dạng 257/KH-SKHCN", "Số, ký hiệu phải có dạng 22/KH-UBND");
        assertThat(misfit.statusCode()).isEqualTo(400);
        assertThat(fields(misfit)).containsExactlyInAnyOrder("number", "title", "coverageEnd", "issuedOn");
        assertThat(misfit.body()).contains("Ký hiệu phải là của SDTTG", "Trích yếu (tên kế hoạch) không được để trống",
                "Ngày kết thúc phải từ ngày bắt đầu trở đi");
        assertThat(send("GET", "/plan-drafts/" + draftId, null, TestTokens.office("SDTTG")).body()).isEqualTo(before);
    }

    @Test
    void refusesToCorrectAnIssuedDraftOrAnotherDepartmentsAndChangesNothing() throws Exception {
        // given: an issued SDTTG plan
        String draftId = importDraft(unnumbered("Kế hoạch số 43/KH-UBND ngày 05/02/2026"));
        send("PUT", "/plan-drafts/" + draftId + "/header", "{\"number\":\"18/KH-SDTTG\",\"issuedOn\":\"2026-03-03\"}",
                TestTokens.office("SDTTG"));
        assertThat(send("POST", "/plan-drafts/" + draftId + "/issue", "{}", TestTokens.office("SDTTG")).statusCode())
                .isEqualTo(201);
        String plan = await().atMost(Duration.ofSeconds(30)).until(
                () -> send("GET", "/plans/" + draftId, null, TestTokens.office("SDTTG")).body(),
                body -> body.contains("\"unpublishedEvents\":0"));
        String draft = send("GET", "/plan-drafts/" + draftId, null, TestTokens.office("SDTTG")).body();

        // when
        HttpResponse<String> issued = send("PUT", "/plan-drafts/" + draftId + "/header",
                "{\"title\":\"Tên khác\"}", TestTokens.office("SDTTG"));
        HttpResponse<String> foreign = send("PUT", "/plan-drafts/" + draftId + "/header",
                "{\"title\":\"Tên khác\"}", TestTokens.office("SKHCN"));

        // then
        assertThat(issued.statusCode()).isEqualTo(409);
        assertThat(issued.body()).contains("đã được ban hành");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(send("GET", "/plans/" + draftId, null, TestTokens.office("SDTTG")).body()).isEqualTo(plan);
        assertThat(send("GET", "/plan-drafts/" + draftId, null, TestTokens.office("SDTTG")).body()).isEqualTo(draft);
    }

    @Test
    void aCorrectedTimeframeSettlesItsFindingAndADeadlineNeedsItsDate() throws Exception {
        // given: task 2 has a timeframe the importer does not understand
        String draftId = importDraft(unnumbered("Kế hoạch số 44/KH-UBND ngày 05/02/2026")
                .replace("Quý IV/2026", "Sớm nhất có thể"));
        assertThat(rows(draft(draftId), "UNSPECIFIED_TIMEFRAME")).containsExactly("2");

        // when
        HttpResponse<String> withoutDate = send("PUT", "/plan-drafts/" + draftId + "/tasks/T2",
                "{\"timeframeKind\":\"FIXED_DEADLINE\"}", TestTokens.office("SDTTG"));
        HttpResponse<String> withoutPeriods = send("PUT", "/plan-drafts/" + draftId + "/tasks/T2",
                "{\"timeframeKind\":\"RECURRING\",\"periods\":[]}", TestTokens.office("SDTTG"));
        HttpResponse<String> corrected = send("PUT", "/plan-drafts/" + draftId + "/tasks/T2", """
                {"timeframeKind":"FIXED_DEADLINE","dueDate":"2026-09-30","timeframeText":"Trước ngày 01/10/2026"}""",
                TestTokens.office("SDTTG"));

        // then
        assertThat(withoutDate.statusCode()).isEqualTo(400);
        assertThat(fields(withoutDate)).containsExactly("dueDate");
        assertThat(withoutDate.body()).contains("Thời hạn cụ thể cần ngày hạn");
        assertThat(withoutPeriods.statusCode()).isEqualTo(400);
        assertThat(fields(withoutPeriods)).containsExactly("periods");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode draft = JSON.readTree(corrected.body());
        assertThat(rows(draft, "UNSPECIFIED_TIMEFRAME")).isEmpty();
        JsonNode timeframe = draft.get("tasks").get(1).get("timeframe");
        assertThat(timeframe.get("kind").asString()).isEqualTo("FIXED_DEADLINE");
        assertThat(timeframe.get("dueDate").asString()).isEqualTo("2026-09-30");
    }

    @Test
    void anAmendmentKeepsEachTasksIdAndItsTimeframeUnlessItsDueDateChanges() throws Exception {
        // given: an issued plan with task 1 "Thường xuyên" (T1) and task 2 "Quý IV/2026" (T2)
        String draftId = importDraft(unnumbered("Kế hoạch số 45/KH-UBND ngày 05/02/2026"));
        send("PUT", "/plan-drafts/" + draftId + "/header", "{\"number\":\"19/KH-SDTTG\",\"issuedOn\":\"2026-03-04\"}",
                TestTokens.office("SDTTG"));
        assertThat(send("POST", "/plan-drafts/" + draftId + "/issue", "{}", TestTokens.office("SDTTG")).statusCode())
                .isEqualTo(201);

        // when: the rows come in another order, task 2 with a new due date, and a new task 3
        HttpResponse<String> amended = send("POST", "/plans/" + draftId + "/amendments", """
                {"reason":"Lùi hạn","tasks":[
                 {"number":"2","content":"Tuyên truyền chính sách dân tộc","leadUnits":["SDTTG.CSDT"],"dueDate":"2026-10-31"},
                 {"number":"1","content":"Tuyên truyền thủ tục hành chính trong lĩnh vực tín ngưỡng, tôn giáo đến các cơ sở tôn giáo",
                  "leadUnits":["SDTTG.TG"],"coordinatorUnits":["SDTTG.VP"]},
                 {"number":"3","content":"Tổng kết","leadUnits":["SDTTG.VP"],"dueDate":"2026-12-15"}]}""",
                TestTokens.office("SDTTG"));

        // then
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        JsonNode tasks = JSON.readTree(amended.body()).get("tasks");
        assertThat(tasks.valueStream().map(task -> task.get("number").asString() + "=" + task.get("taskId").asString()
                + " " + task.get("timeframeKind").asString() + " " + task.path("timeframeText").asString("")).toList())
                .containsExactly("2=T2 FIXED_DEADLINE ", "1=T1 CONTINUOUS Thường xuyên", "3=T3 FIXED_DEADLINE ");
        assertThat(tasks.get(0).get("dueDate").asString()).isEqualTo("2026-10-31");
    }

    private static String unnumbered(String parentCitation) throws IOException {
        return resource("/province-seeds/sdttg-15-kh-sdttg-2026.txt")
                .replace("Số: 15/KH-SDTTG", "Số:    /KH-SDTTG")
                .replace("ngày 25 tháng 02 năm 2026", "ngày    tháng 3 năm 2026")
                .replace("Kế hoạch số 38/KH-UBND ngày 05/02/2026", parentCitation);
    }

    private String importDraft(String text) throws Exception {
        HttpResponse<String> imported = send("POST", "/plan-drafts?department=SDTTG", "text/plain", text,
                TestTokens.office("SDTTG"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        return JSON.readTree(imported.body()).get("id").asString();
    }

    private JsonNode draft(String id) throws Exception {
        return JSON.readTree(send("GET", "/plan-drafts/" + id, null, TestTokens.office("SDTTG")).body());
    }

    private static List<String> codes(JsonNode draft) {
        return draft.get("findings").valueStream().map(finding -> finding.get("code").asString()).toList();
    }

    private static List<String> rows(JsonNode draft, String code) {
        return draft.get("findings").valueStream().filter(finding -> finding.get("code").asString().equals(code))
                .map(finding -> finding.get("row").asString()).toList();
    }

    private static List<String> fields(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("errors").valueStream().map(error -> error.get("field").asString())
                .toList();
    }

    private static PlanContent provincialPlan(String number, LocalDate issuedOn) {
        return new PlanContent(number, "Truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính năm 2026",
                PlanIssued.PROVINCE_SCOPE, issuedOn, List.of(
                        new PlanTask("T1", "1", "Tuyên truyền về TTHC", List.of("SDTTG.VP"), List.of(), null)));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return send(method, path, body == null ? null : "application/json", body, token);
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
        try (InputStream in = DraftCorrectionTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
