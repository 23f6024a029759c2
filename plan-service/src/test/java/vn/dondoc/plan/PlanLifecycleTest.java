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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.HealthDetails;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.plan.draft.PlanDraft;
import vn.dondoc.plan.draft.PlanDrafts;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "plan.import.max-bytes=200000"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN})
class PlanLifecycleTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    PlanDrafts drafts;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-test-" + UUID.randomUUID());
    }

    @Test
    void healthShowsItsDetailsToOperatorsOnly() throws Exception {
        HealthDetails.shownToOperatorsOnly(port);
    }

    @Test
    void importsSeed001AsADraftAndPublishesPlanIssuedOnlyWhenTheCorrectedDraftIsIssued() throws Exception {
        HttpResponse<String> imported = send("POST", "/plan-drafts", "text/plain", seed001());
        assertThat(imported.statusCode()).isEqualTo(201);
        JsonNode draft = JSON.readTree(imported.body());
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("tasks")).hasSize(22);
        assertThat(draft.get("findings").valueStream().map(f -> f.get("message").asString()).toList())
                .contains("Nhiệm vụ 2.4 chưa có đơn vị chủ trì");

        assertThat(openDraftIds(TestTokens.office())).contains(id);
        assertThat(openDraftIds(TestTokens.office("SDTTG"))).as("behind the department wall").doesNotContain(id);
        assertThat(send("GET", "/plan-drafts", null, null, TestTokens.unit("SKHCN.VP")).statusCode()).isEqualTo(403);
        HttpResponse<String> premature = send("POST", "/plan-drafts/" + id + "/issue", "application/json",
                "{\"number\":\"301/KH-SKHCN\",\"issuedOn\":\"2025-08-20\"}");
        assertThat(premature.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(premature.body()).get("detail").asString())
                .contains("Nhiệm vụ 2.4 chưa có đơn vị chủ trì".substring(9));
        assertThat(published(id)).isEmpty();

        assertThat(correct(id, "T4", "{\"leadUnits\":[\"SKHCN.QLKH\"]}")).isEqualTo(200);
        assertThat(correct(id, "T13", "{\"leadUnits\":[\"SKHCN.VP\"],\"coordinatorUnits\":[\"SKHCN.CDS\"]}")).isEqualTo(200);
        assertThat(correct(id, "T15", "{\"leadUnits\":[\"SKHCN.QLCN\"]}")).isEqualTo(200);
        HttpResponse<String> issued = send("POST", "/plan-drafts/" + id + "/issue", "application/json",
                "{\"number\":\"301/KH-SKHCN\",\"issuedOn\":\"2025-08-20\"}");

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Location")).hasValue("/plans/" + id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(published(id)).hasSize(1));
        JsonNode event = JSON.readTree(TopicRecords.value(published(id).get(0)));
        assertThat(event.get("number").asString()).isEqualTo("301/KH-SKHCN");
        assertThat(event.get("coverageStart").asString()).isEqualTo("2025-09-01");
        assertThat(event.get("coverageEnd").asString()).isEqualTo("2025-12-31");
        assertThat(event.get("reportingPeriods").valueStream().map(JsonNode::asString).toList())
                .containsExactly("QUARTER", "YEAR");
        assertThat(event.get("parentPlans").get(0).asString()).isEqualTo("22/KH-UBND");
        JsonNode tasks = event.get("tasks");
        assertThat(tasks).hasSize(22);
        assertThat(tasks.get(13).get("number").asString()).isEqualTo("2.5");
        assertThat(tasks.get(13).get("leadUnits").toString()).isEqualTo("[\"SKHCN.VP\"]");
        assertThat(tasks.get(13).get("coordinatorUnits").toString()).isEqualTo("[\"SKHCN.QLCN\",\"SKHCN.QLKH\"]");
        assertThat(tasks.get(13).get("timeframeKind").asString()).isEqualTo("RECURRING");
        assertThat(tasks.get(13).get("timeframeText").asString()).isEqualTo("Định kỳ hàng quý, năm");
        assertThat(tasks.get(11).get("dueDate").asString()).isEqualTo("2025-12-31");
        assertThat(tasks.get(12).get("leadUnits").toString()).isEqualTo("[\"SKHCN.VP\"]");
        assertThat(drafts.findById(id).orElseThrow().status()).isEqualTo(PlanDraft.Status.ISSUED);
        assertThat(openDraftIds(TestTokens.office())).as("an issued draft is no longer open").doesNotContain(id);

        assertThat(send("POST", "/plan-drafts/" + id + "/issue", "application/json", "{}").statusCode()).isEqualTo(409);
        JsonNode children = JSON.readTree(send("GET", "/plans?parent=22/KH-UBND", null, null).body());
        assertThat(children.valueStream().map(plan -> plan.get("id").asString()).toList()).containsExactly(id);
    }

    @Test
    void issuesATaskWhoseConcernedUnitsTheOfficeDesignatesLaterWithThePhraseInPlanIssued() throws Exception {
        String concerned = "Các phòng, đơn vị có liên quan";
        String text = seed001().replace("điện tử của đơn vị\tVăn phòng Sở\tCác phòng, đơn vị thuộc Sở",
                "điện tử của đơn vị\tVăn phòng Sở\t" + concerned);
        JsonNode draft = JSON.readTree(send("POST", "/plan-drafts", "text/plain", text).body());
        String id = draft.get("id").asString();
        assertThat(draft.get("findings").valueStream().filter(f -> "2.2.4".equals(f.path("row").asString()))
                .map(f -> f.get("code").asString()).toList()).containsExactly("NEEDS_DESIGNATION");
        assertThat(correct(id, "T4", "{\"leadUnits\":[\"SKHCN.QLKH\"]}")).isEqualTo(200);
        assertThat(correct(id, "T13", "{\"leadUnits\":[\"SKHCN.VP\"]}")).isEqualTo(200);
        assertThat(correct(id, "T15", "{\"leadUnits\":[\"SKHCN.QLCN\"]}")).isEqualTo(200);

        HttpResponse<String> issued = send("POST", "/plan-drafts/" + id + "/issue", "application/json",
                "{\"number\":\"302/KH-SKHCN\",\"issuedOn\":\"2025-08-20\"}");

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(published(id)).hasSize(1));
        JsonNode task = JSON.readTree(TopicRecords.value(published(id).get(0))).get("tasks").valueStream()
                .filter(node -> node.get("number").asString().equals("2.2.4")).findFirst().orElseThrow();
        assertThat(task.get("leadUnits").toString()).isEqualTo("[\"SKHCN.VP\"]");
        assertThat(task.get("coordinatorUnits")).isEmpty();
        assertThat(task.get("coordinatorUnitsToDesignate").toString()).isEqualTo("[\"" + concerned + "\"]");
        assertThat(task.get("leadUnitsToDesignate")).isEmpty();
    }

    @Test
    void rejectsDocumentsThatAreNotPlansWithAProblemDetailAndStoresNothing() throws Exception {
        long before = drafts.count();
        assertThat(problem(send("POST", "/plan-drafts", "text/plain", ""), 400)).contains("Văn bản rỗng");
        assertThat(problem(sendBytes("application/octet-stream", new byte[] {0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3, (byte) 0xC3}), 400))
                .contains("không phải văn bản");
        assertThat(problem(send("POST", "/plan-drafts", "text/plain", "The quick brown fox jumps over the lazy dog."), 400))
                .contains("không phải kế hoạch");
        assertThat(problem(send("POST", "/plan-drafts", "text/plain", "KẾ HOẠCH\n" + "x".repeat(300_000)), 413))
                .contains("quá lớn: tối đa 200000 byte");
        assertThat(drafts.count()).isEqualTo(before);
    }

    @Test
    void amendsAnIssuedPlanThenWithdrawsItPublishingWhatChangedAndRefusesChangesAfterwards() throws Exception {
        String plan = "{\"number\":\"12/KH-SKHCN\",\"title\":\"Kế hoạch thử\",\"departmentCode\":\"SKHCN\","
                + "\"issuedOn\":\"2026-02-10\",\"tasks\":[{\"number\":\"1\",\"content\":\"Rà soát TTHC\","
                + "\"leadUnits\":[\"SKHCN.VP\"],\"coordinatorUnits\":[\"SKHCN.CDS\"],\"dueDate\":\"2026-03-31\"}]}";
        String id = JSON.readTree(send("POST", "/plans", "application/json", plan).body()).get("id").asString();

        HttpResponse<String> amended = send("POST", "/plans/" + id + "/amendments", "application/json",
                "{\"reason\":\"Bổ sung nhiệm vụ\",\"tasks\":[{\"number\":\"1\",\"content\":\"Rà soát TTHC\","
                        + "\"leadUnits\":[\"SKHCN.QLKH\"],\"dueDate\":\"2026-03-31\"},{\"number\":\"2\","
                        + "\"content\":\"Công khai TTHC\",\"leadUnits\":[\"SKHCN.VP\"]}]}");
        HttpResponse<String> withdrawn = send("POST", "/plans/" + id + "/withdrawal", "application/json",
                "{\"reason\":\"Ban hành nhầm\"}");
        HttpResponse<String> late = send("POST", "/plans/" + id + "/withdrawal", "application/json", "{\"reason\":\"x\"}");

        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(JSON.readTree(amended.body()).get("status").asString()).isEqualTo("AMENDED");
        assertThat(JSON.readTree(amended.body()).get("planVersion").asInt()).isEqualTo(2);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(withdrawn.body()).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(problem(late, 409)).isEqualTo("Kế hoạch 12/KH-SKHCN đã bị thu hồi, không thể thu hồi");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(published(Topics.PLAN_AMENDED, id)).hasSize(1);
            assertThat(published(Topics.PLAN_WITHDRAWN, id)).hasSize(1);
        });
        ConsumerRecord<String, byte[]> amendment = published(Topics.PLAN_AMENDED, id).get(0);
        assertThat(TopicRecords.header(amendment, "ce_type")).isEqualTo("vn.dondoc.plan.amended.v1");
        JsonNode event = JSON.readTree(TopicRecords.value(amendment));
        assertThat(event.get("planVersion").asInt()).isEqualTo(2);
        assertThat(event.get("changes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Sửa nhiệm vụ 1: đơn vị chủ trì, đơn vị phối hợp", "Thêm nhiệm vụ 2");
        assertThat(event.get("tasks")).hasSize(2);
        assertThat(JSON.readTree(TopicRecords.value(published(Topics.PLAN_WITHDRAWN, id).get(0))).get("reason").asString())
                .isEqualTo("Ban hành nhầm");
    }

    @Test
    void importsAWordDocumentAndRefusesABrokenOne() throws Exception {
        byte[] docx = vn.dondoc.plan.importing.SeedDocx.of(seed001());
        long before = drafts.count();

        HttpResponse<String> imported = sendBytes(DOCX, docx);
        HttpResponse<String> broken = sendBytes(DOCX, java.util.Arrays.copyOf(docx, docx.length / 3));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(JSON.readTree(imported.body()).get("tasks")).hasSize(22);
        assertThat(problem(broken, 400)).isEqualTo("Tệp Word (.docx) bị hỏng hoặc không đọc được");
        assertThat(drafts.count()).isEqualTo(before + 1);
    }

    @Test
    void servesTheExampleRostersAndTakesAUnitAndARosterFile() throws Exception {
        JsonNode units = JSON.readTree(send("GET", "/departments/SKHCN/units", null, null).body());
        assertThat(units.valueStream().map(unit -> unit.get("code").asString()).toList()).contains(
                "SKHCN.VP", "SKHCN.QLKH", "SKHCN.QLCN", "SKHCN.CDS", "SKHCN.KHTC", "SKHCN.CNTT");
        String sdttgOffice = TestTokens.office("SDTTG");
        JsonNode sdttg = JSON.readTree(send("GET", "/departments/SDTTG/units", null, null, sdttgOffice).body());
        assertThat(sdttg.valueStream().map(unit -> unit.get("code").asString()).toList()).containsExactlyInAnyOrder(
                "SDTTG.VP", "SDTTG.CSDT", "SDTTG.TG", "SDTTG.KHTC", "SDTTG.LD");

        HttpResponse<String> put = send("PUT", "/departments/SDTTG/units/SDTTG.VP", "application/json",
                "{\"name\":\"Văn phòng Sở\",\"aliases\":[\"VP Sở\"],\"kind\":\"OFFICE\"}", sdttgOffice);
        HttpResponse<String> loaded = send("PUT", "/departments/SDTTG/units", "application/yaml",
                "department: SDTTG\nunits:\n  - code: TG\n    name: Phòng Tôn giáo\n    kind: DIVISION\n"
                        + "    attributes: [handlesAdministrativeProcedures]\n    validFrom: 2025-07-01\n", sdttgOffice);
        HttpResponse<String> invalid = send("PUT", "/departments/SDTTG/units/X", "application/json",
                "{\"name\":\"X\"}", sdttgOffice);
        HttpResponse<String> otherDepartments = send("PUT", "/departments/SDTTG/units/SDTTG.VP", "application/json",
                "{\"name\":\"Văn phòng giả\",\"kind\":\"OFFICE\"}");
        HttpResponse<String> foreignCode = send("PUT", "/departments/SDTTG/units/SKHCN.GIA", "application/json",
                "{\"name\":\"Phòng giả\",\"kind\":\"DIVISION\"}", sdttgOffice);
        HttpResponse<String> unknownSuccessor = send("PUT", "/departments/SDTTG/units/SDTTG.LD", "application/json",
                "{\"name\":\"Phòng Lao động\",\"kind\":\"DIVISION\",\"successor\":\"SDTTG.KHONGCO\"}", sdttgOffice);
        HttpResponse<String> backwards = send("PUT", "/departments/SDTTG/units/SDTTG.LD", "application/json",
                "{\"name\":\"Phòng Lao động\",\"kind\":\"DIVISION\",\"validFrom\":\"2026-07-01\","
                        + "\"validTo\":\"2026-01-01\"}", sdttgOffice);
        HttpResponse<String> merged = send("PUT", "/departments/SDTTG/units/SDTTG.LD", "application/json",
                "{\"name\":\"Phòng Lao động\",\"kind\":\"DIVISION\",\"validTo\":\"2026-06-30\","
                        + "\"successor\":\"SDTTG.VP\"}", sdttgOffice);

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(JSON.readTree(send("GET", "/departments/SDTTG/units", null, null, sdttgOffice).body()).valueStream()
                .map(unit -> unit.get("code").asString()).toList())
                .containsExactlyInAnyOrder("SDTTG.CSDT", "SDTTG.KHTC", "SDTTG.LD", "SDTTG.TG", "SDTTG.VP");
        assertThat(send("GET", "/departments/SDTTG/units", null, null, sdttgOffice).body()).contains("\"VP Sở\"")
                .doesNotContain("Văn phòng Sở Dân tộc và Tôn giáo").doesNotContain("Văn phòng giả");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(problem(foreignCode, 400)).isEqualTo("Mã đơn vị SKHCN.GIA không thuộc SDTTG: mã đơn vị của sở bắt đầu bằng «SDTTG.»");
        assertThat(problem(unknownSuccessor, 400)).isEqualTo("Đơn vị kế thừa SDTTG.KHONGCO không có trong danh mục của SDTTG");
        assertThat(problem(backwards, 400)).contains("ngày hết hiệu lực 01/01/2026 trước ngày bắt đầu 01/07/2026");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(problem(otherDepartments, 403)).isEqualTo(
                "Tài khoản của bạn không được phép thực hiện thao tác này");
    }

    private String problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body()).get("detail").asString();
    }

    private int correct(String id, String taskId, String json) throws Exception {
        return send("PUT", "/plan-drafts/" + id + "/tasks/" + taskId, "application/json", json).statusCode();
    }

    private List<ConsumerRecord<String, byte[]>> published(String planId) {
        return published(Topics.PLAN_ISSUED, planId);
    }

    private List<ConsumerRecord<String, byte[]>> published(String topic, String planId) {
        return new TopicRecords(environment.getProperty("spring.embedded.kafka.brokers"))
                .all(topic, Duration.ofMillis(300)).stream()
                .filter(record -> planId.equals(record.key())).toList();
    }

    @Test
    void onlyTheOfficeAndLeadershipRegisterImportIssueAndManageTheDirectoryWhileEveryRoleReads() throws Exception {
        long draftsBefore = drafts.count();
        String plan = """
                {"number":"9/KH-SQX","title":"Kế hoạch thử quyền","departmentCode":"SQX","issuedOn":"2026-11-20",
                 "tasks":[{"number":"1","content":"Rà soát","leadUnits":["SQX.VP"],"dueDate":"2026-12-31"}]}""";
        for (String token : List.of(TestTokens.unit("SQX.VP"), TestTokens.province())) {
            // the province imports only into its own scope (ProvincialPlanTest), never a department's
            HttpResponse<String> imported = send("POST", "/plan-drafts?department=SQX", "text/plain", seed001(), token);
            assertThat(imported.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(imported.body()).get("title").asString()).isEqualTo("Không có quyền thực hiện");
            assertThat(send("POST", "/plans", "application/json", plan, token).statusCode()).isEqualTo(403);
            assertThat(send("PUT", "/departments/SQX/units/SQX.VP", "application/json",
                    "{\"name\":\"Văn phòng\"}", token).statusCode()).isEqualTo(403);
        }
        assertThat(drafts.count()).isEqualTo(draftsBefore);
        assertThat(JSON.readTree(send("GET", "/plans?department=SQX", null, null, TestTokens.office("SQX")).body()))
                .isEmpty();
        assertThat(send("POST", "/plans", "application/json", plan, null).statusCode()).isEqualTo(401);
        assertThat(problem(send("POST", "/plans", "application/json", plan, TestTokens.office()), 403))
                .isEqualTo("Chỉ Văn phòng hoặc Lãnh đạo sở SQX được thực hiện thao tác này");
        assertThat(JSON.readTree(send("GET", "/plans?department=SQX", null, null, TestTokens.province()).body()))
                .isEmpty();

        HttpResponse<String> registered = send("POST", "/plans", "application/json", plan,
                TestTokens.leadership("SQX"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        for (String token : List.of(TestTokens.unit("SQX.VP"), TestTokens.province(), TestTokens.office("SQX"))) {
            assertThat(JSON.readTree(send("GET", "/plans?department=SQX", null, null, token).body())).hasSize(1);
        }
        assertThat(problem(send("GET", "/plans?department=SQX", null, null, TestTokens.office()), 403))
                .isEqualTo("Tài khoản chỉ được xem dữ liệu của sở mình, không phải của SQX");
        String id = JSON.readTree(registered.body()).get("id").asString();
        assertThat(send("GET", "/plans/" + id, null, null, TestTokens.office()).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/plans/" + id, null, null, TestTokens.office("SQX")).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/plans?department=SQX", null, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/health", null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousHealthShowsTheStatusOnlyAndTheOfficeAlsoSeesTheOutboxBacklog() throws Exception {
        JsonNode anonymous = JSON.readTree(send("GET", "/actuator/health", null, null, null).body());
        JsonNode unit = JSON.readTree(send("GET", "/actuator/health", null, null, TestTokens.unit("SKHCN.VP")).body());
        JsonNode office = JSON.readTree(send("GET", "/actuator/health", null, null, TestTokens.office()).body());

        assertThat(anonymous.has("status")).isTrue();
        assertThat(anonymous.has("components")).as(anonymous.toString()).isFalse();
        assertThat(unit.has("components")).as(unit.toString()).isFalse();
        assertThat(office.toString()).contains("\"pendingEvents\"");
    }

    private List<String> openDraftIds(String token) throws Exception {
        HttpResponse<String> listed = send("GET", "/plan-drafts", null, null, token);
        assertThat(listed.statusCode()).isEqualTo(200);
        return JSON.readTree(listed.body()).valueStream().map(draft -> draft.get("id").asString()).toList();
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        return send(method, path, type, body, TestTokens.office());
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> sendBytes(String type, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/plan-drafts"))
                .header("Content-Type", type)
                .header("Authorization", TestTokens.bearer(TestTokens.office()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String seed001() throws IOException {
        try (InputStream in = PlanLifecycleTest.class.getResourceAsStream("/seeds/001_25c004b7a35bdc94.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
