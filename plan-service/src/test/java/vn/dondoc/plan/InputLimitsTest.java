package vn.dondoc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.RawHttp;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.plan.draft.PlanDrafts;
import vn.dondoc.plan.plan.Plans;

/**
 * Input over its limit (RequestLimits) is refused with a Vietnamese problem detail and nothing is
 * stored: a body over 1 MB is a 413 with the connection intact, a YAML body a 415 (not a 500 in a
 * converter without dates), a zip bomb a 413 before Word parsing, a field over its size a 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN})
class InputLimitsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Autowired
    PlanDrafts drafts;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-limits-test-" + UUID.randomUUID());
    }

    @Test
    void everyAnswerNamesItsTraceTheCallersOneWhenItSentAW3cTraceparent() throws Exception {
        String callers = "4bf92f3577b34da6a3ce929d0e0e4736";

        HttpResponse<String> traced = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans"))
                .header("Authorization", TestTokens.bearer(TestTokens.office()))
                .header("traceparent", "00-" + callers + "-00f067aa0ba902b7-01").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> untraced = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans"))
                .header("Authorization", TestTokens.bearer(TestTokens.office())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans"))
                .header("traceparent", "garbage").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(traced.statusCode()).isLessThan(500);
        assertThat(traced.headers().firstValue("traceparent")).get().asString().startsWith("00-" + callers + "-");
        assertThat(untraced.headers().firstValue("traceparent")).get().asString()
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").doesNotContain(callers);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("traceparent")).get().asString().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void aPlanOfTenMegabytesIsA413ProblemAndTheConnectionIsNotDropped() throws Exception {
        byte[] body = plan("Kế hoạch", "x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/plans", "application/json", TestTokens.office(), body);

        assertThat(answer.status()).isEqualTo(413);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("Nội dung gửi lên quá lớn");
        assertThat(problem.get("detail").asString()).isEqualTo("Nội dung gửi lên quá lớn: tối đa 1 MB");
        assertThat(plans.count()).isZero();
    }

    @Test
    void aStreamedBodyWithoutALengthIsCountedAndRefusedOnceItPassesTheLimit() throws Exception {
        byte[] body = plan("Kế hoạch", "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(TestTokens.office()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("detail").asString()).isEqualTo("Nội dung gửi lên quá lớn: tối đa 1 MB");
        assertThat(plans.count()).isZero();
    }

    @Test
    void aYamlPlanWithADateIsA415InVietnameseNotA500() throws Exception {
        String yaml = "number: 1/KH-SKHCN\ntitle: Kế hoạch\ndepartmentCode: SKHCN\nissuedOn: 2026-01-01\n"
                + "tasks:\n- content: Rà soát\n  leadUnits: [SKHCN.VP]\n";

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/plans", "application/yaml", TestTokens.office(),
                yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(JSON.readTree(answer.body()).get("title").asString()).isEqualTo("Kiểu nội dung không được hỗ trợ");
        assertThat(plans.count()).isZero();
    }

    @Test
    void aDateNoDocumentCanHoldIsA400ProblemNotA500AndNothingIsStored() throws Exception {
        // +999999999-12-31 is a valid LocalDate, but not a date a BSON document can hold
        for (String date : new String[] {"+999999999-12-31", "+10000-01-01", "-0001-12-31", "2026-02-30"}) {
            String plan = """
                    {"number":"1/KH-SKHCN","title":"Kế hoạch","departmentCode":"SKHCN","issuedOn":"2026-01-01",\
                    "tasks":[{"number":"1","content":"Rà soát","leadUnits":["SKHCN.VP"],"dueDate":"%s"}]}""".formatted(date);

            RawHttp.Answer answer = RawHttp.send(port, "POST", "/plans", "application/json", TestTokens.office(),
                    plan.getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).as(date + ": " + answer.body()).isEqualTo(400);
            assertThat(JSON.readTree(answer.body()).get("title").asString()).isEqualTo("Kế hoạch không hợp lệ");
        }
        assertThat(plans.count()).isZero();
    }

    @Test
    void aDocxThatExpandsAHundredfoldIsA413BeforeWordParsesIt() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/plan-drafts", DOCX, TestTokens.office(), bomb.toByteArray());

        assertThat(answer.status()).isEqualTo(413);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("Tệp quá lớn");
        assertThat(problem.get("detail").asString()).startsWith("Tệp Word (.docx) giải nén ra quá lớn");
        assertThat(drafts.count()).isZero();
    }

    @Test
    void aDocumentOverOneMegabyteIsStillReadOnTheUploadPath() throws Exception {
        byte[] text = ("đ".repeat(700_000)).getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/plan-drafts", "text/plain", TestTokens.office(), text);

        assertThat(answer.status()).as(answer.body()).isNotEqualTo(413).isLessThan(500);
    }

    @Test
    void aDocumentOfMoreThanAMillionCharactersIsA413AndNoDraftIsMade() throws Exception {
        byte[] text = ("Kế hoạch\n" + "x".repeat(1_000_001)).getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/plan-drafts", "text/plain", TestTokens.office(), text);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("detail").asString()).startsWith("Văn bản quá dài: tối đa 1000000 ký tự");
        assertThat(drafts.count()).isZero();
    }

    @Test
    void aRosterOfMoreThanTwoThousandUnitsIsA400AndNothingIsLoaded() throws Exception {
        StringBuilder roster = new StringBuilder("department: SKHCN\nunits:\n");
        for (int i = 0; i < 2001; i++) {
            roster.append("- {code: U").append(i).append(", name: Đơn vị ").append(i).append(", kind: UNIT}\n");
        }

        RawHttp.Answer answer = RawHttp.send(port, "PUT", "/departments/SKHCN/units", "application/yaml",
                TestTokens.office(), roster.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("detail").asString())
                .isEqualTo("Tệp danh mục có 2001 đơn vị, tối đa 2000");
    }

    @Test
    void aTaskContentOverItsLimitIsA400NamingTheField() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/plans", "application/json", TestTokens.office(),
                plan("Kế hoạch", "x".repeat(10_001)).getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        JsonNode errors = JSON.readTree(answer.body()).get("errors");
        assertThat(errors.valueStream().map(error -> error.get("field").asString())).containsExactly("tasks[0].content");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Nội dung nhiệm vụ dài quá 10000 ký tự");
        assertThat(plans.count()).isZero();
    }

    static String plan(String title, String content) {
        return JSON.writeValueAsString(java.util.Map.of("number", "1/KH-SKHCN", "title", title,
                "departmentCode", "SKHCN", "issuedOn", "2026-01-01", "tasks", java.util.List.of(java.util.Map.of(
                        "content", content, "leadUnits", java.util.List.of("SKHCN.VP")))));
    }
}
