package vn.dondoc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.eventing.testing.AccessMatrix.ALLOWED;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.LEADERSHIP;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.OFFICE;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.PROVINCE;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.AccessMatrix;
import vn.dondoc.eventing.testing.AccessMatrix.Request;
import vn.dondoc.eventing.testing.AccessMatrix.Target;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicOffsets;
import vn.dondoc.plan.plan.PlanContent;
import vn.dondoc.plan.plan.PlanRegistration;
import vn.dondoc.plan.plan.PlanTask;

/**
 * Every endpoint of plan-service × office, leadership, unit, province × own unit, another unit,
 * another department, another province (see {@link AccessMatrix}), against an SKHCN and an SDTTG
 * plan and draft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN})
class PlanAccessMatrixTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PARENT = "22/KH-UBND";
    static final AtomicInteger NUMBERS = new AtomicInteger(500);

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PlanRegistration registration;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-matrix-" + UUID.randomUUID());
    }

    @Test
    void everyEndpointKeepsEachDepartmentBehindItsWall() throws Exception {
        String ownPlan = plan(AccessMatrix.DEPARTMENT);
        String foreignPlan = plan(AccessMatrix.OTHER_DEPARTMENT);
        String ownDraft = draft(TestTokens.office(AccessMatrix.DEPARTMENT), AccessMatrix.DEPARTMENT);
        String foreignDraft = draft(TestTokens.office(AccessMatrix.OTHER_DEPARTMENT), AccessMatrix.OTHER_DEPARTMENT);
        String roster = resource("/example/example-roster-skhcn.yml");

        try (TopicOffsets topics = new TopicOffsets(environment.getProperty("spring.embedded.kafka.brokers"),
                List.of(Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN))) {
            AccessMatrix matrix = new AccessMatrix("http://127.0.0.1:" + port, mongo.getDb(), topics);
            java.util.function.Function<Target, String> planOf = target ->
                    target == Target.OTHER_DEPARTMENT ? foreignPlan : ownPlan;
            java.util.function.Function<Target, String> draftOf = target ->
                    target == Target.OTHER_DEPARTMENT ? foreignDraft : ownDraft;

            matrix.endpoint("POST /plans", target -> Request.json("POST", "/plans", registration(target.department())))
                    .roles(OFFICE, LEADERSHIP).foreign(403);
            matrix.endpoint("GET /plans/{planId}", target -> Request.get("/plans/" + planOf.apply(target)));
            matrix.endpoint("GET /plans?parent", target -> Request.get("/plans?parent=" + PARENT)).foreign(ALLOWED);
            matrix.endpoint("GET /plans?department",
                    target -> Request.get("/plans?department=" + target.department())).foreign(403);
            matrix.endpoint("POST /plans/{planId}/amendments", target -> Request.json("POST",
                    "/plans/" + planOf.apply(target) + "/amendments", """
                    {"reason":"Bổ sung nhiệm vụ","tasks":[{"content":"Rà soát","leadUnits":["%s"]}]}"""
                            .formatted(target.unit()))).roles(OFFICE, LEADERSHIP);
            matrix.endpoint("POST /plans/{planId}/withdrawal", target -> Request.json("POST",
                    "/plans/" + planOf.apply(target) + "/withdrawal", "{\"reason\":\"Thu hồi\"}"))
                    .roles(OFFICE, LEADERSHIP);

            matrix.endpoint("GET /departments/{department}/units",
                    target -> Request.get("/departments/" + target.department() + "/units")).foreign(403);
            matrix.endpoint("PUT /departments/{department}/units/{code}", target -> Request.json("PUT",
                    "/departments/" + target.department() + "/units/" + shortCode(target.unit()),
                    "{\"name\":\"Văn phòng Sở\",\"kind\":\"OFFICE\"}")).roles(OFFICE, LEADERSHIP).foreign(403);
            matrix.endpoint("PUT /departments/{department}/units", target -> Request.of("PUT",
                    "/departments/" + target.department() + "/units", "application/yaml", roster))
                    .roles(OFFICE, LEADERSHIP).foreign(403);

            matrix.endpoint("POST /plan-drafts", target -> Request.of("POST",
                    "/plan-drafts?department=" + target.department(), "text/plain", "Kế hoạch"))
                    .roles(OFFICE, LEADERSHIP).foreign(403);
            matrix.endpoint("POST /plan-drafts", target -> Request.of("POST",
                    "/plan-drafts?department=" + target.department(),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ""))
                    .roles(OFFICE, LEADERSHIP).foreign(403);
            matrix.endpoint("GET /plan-drafts", target -> Request.get("/plan-drafts"))
                    .roles(OFFICE, LEADERSHIP, PROVINCE).foreign(ALLOWED);
            matrix.endpoint("GET /plan-drafts/{id}", target -> Request.get("/plan-drafts/" + draftOf.apply(target)));
            matrix.endpoint("PUT /plan-drafts/{id}/tasks/{taskId}", target -> Request.json("PUT",
                    "/plan-drafts/" + draftOf.apply(target) + "/tasks/T4",
                    "{\"leadUnits\":[\"" + target.unit() + "\"]}")).roles(OFFICE, LEADERSHIP);
            matrix.endpoint("PUT /plan-drafts/{id}/header", target -> Request.json("PUT",
                    "/plan-drafts/" + draftOf.apply(target) + "/header",
                    "{\"signer\":\"Nguyễn Thị Thủy\",\"signingAuthority\":\"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC\"}"))
                    .roles(OFFICE, LEADERSHIP);
            matrix.endpoint("POST /plan-drafts/{id}/issue", target -> Request.json("POST",
                    "/plan-drafts/" + draftOf.apply(target) + "/issue", "{}")).roles(OFFICE, LEADERSHIP);

            matrix.apiDescription();

            int cases = matrix.run("plan-service", AccessMatrix.keys(mappings.getHandlerMethods().keySet()));

            assertThat(cases).isEqualTo((16 + AccessMatrix.API_DESCRIPTION.size()) * 16);
        }
    }

    private String plan(String department) {
        PlanTask task = new PlanTask("T1", "1", "Rà soát thủ tục hành chính", List.of(department + ".VP"),
                List.of(), LocalDate.of(2026, 12, 31));
        return registration.register(new PlanContent(NUMBERS.incrementAndGet() + "/KH-" + department,
                "Kế hoạch của " + department, department, LocalDate.of(2026, 1, 5), List.of(task), null, null,
                null, List.of(), List.of(PARENT))).id();
    }

    private String draft(String token, String department) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/plan-drafts?department=" + department))
                .header("Authorization", TestTokens.bearer(token)).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(resource("/seeds/001_25c004b7a35bdc94.txt"),
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private static String registration(String department) {
        return """
                {"number":"%d/KH-%s","title":"Kế hoạch kiểm tra","departmentCode":"%s","issuedOn":"2026-11-20",
                 "tasks":[{"content":"Rà soát","leadUnits":["%s.VP"]}]}"""
                .formatted(NUMBERS.incrementAndGet(), department, department, department);
    }

    private static String shortCode(String unitCode) {
        return unitCode.substring(unitCode.indexOf('.') + 1);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlanAccessMatrixTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
