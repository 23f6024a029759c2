package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;

/**
 * A plan of UBND tỉnh (department {@code UBND}) names the departments by their offices' unit codes:
 * each assignment belongs to its unit's department, so the office of the Sở sees and acts on it in
 * its own work list, another department does not see it, and the province sees all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=task-service", "server.port=0",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
class ProvincialAssignmentTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TaskAssignment taskAssignment;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-province-test-" + UUID.randomUUID());
    }

    @Test
    void theDepartmentsOfficeWorksOnTheProvincesTaskAndOnlyItsDepartmentAndTheProvinceSeeIt() throws Exception {
        // given: 38/KH-UBND gives SKHCN the lead and SDTTG the coordination of task 1
        String planId = UUID.randomUUID().toString();
        taskAssignment.assign(new IssuedPlan(planId, "38/KH-UBND", "UBND", List.of(new IssuedPlan.Task("T1", "1",
                "Tuyên truyền về thủ tục hành chính", List.of("SKHCN.VP"), List.of("SDTTG.VP"),
                LocalDate.of(2030, 1, 1)))));
        String skhcn = Assignment.idOf(planId, "T1", "SKHCN.VP");
        String sdttg = Assignment.idOf(planId, "T1", "SDTTG.VP");

        // then: each department's office sees its own in its work list, not the other's
        assertThat(units(get("/units/SKHCN.VP/assignments", TestTokens.office("SKHCN")))).containsExactly("SKHCN.VP");
        assertThat(units(get("/plans/" + planId + "/assignments", TestTokens.office("SKHCN")))).containsExactly("SKHCN.VP");
        assertThat(units(get("/plans/" + planId + "/assignments", TestTokens.office("SDTTG")))).containsExactly("SDTTG.VP");
        assertThat(units(get("/plans/" + planId + "/assignments", TestTokens.province())))
                .containsExactly("SDTTG.VP", "SKHCN.VP");
        assertThat(get("/assignments/" + sdttg, TestTokens.office("SKHCN")).statusCode()).isEqualTo(404);

        // and: the Sở's office unit acknowledges the province's task like any of its own
        HttpResponse<String> acknowledged = post("/assignments/" + skhcn + "/acknowledge", TestTokens.unit("SKHCN.VP"));
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(JSON.readTree(acknowledged.body()).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(post("/assignments/" + sdttg + "/acknowledge", TestTokens.unit("SKHCN.VP")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theProvinceAcceptsResultsAndDesignatesUnitsOnItsOwnPlansOnly() throws Exception {
        // given: 22/KH-UBND, task 1 led by SKHCN, task 2 for "các cơ quan có liên quan" (to designate)
        String planId = UUID.randomUUID().toString();
        taskAssignment.assign(new IssuedPlan(planId, "22/KH-UBND", "UBND", List.of(
                new IssuedPlan.Task("T1", "1", "Rà soát thủ tục hành chính", List.of("SKHCN.VP"), List.of(),
                        LocalDate.of(2030, 1, 1)),
                new IssuedPlan.Task("T2", "2", "Phối hợp triển khai", List.of(), List.of(), LocalDate.of(2030, 6, 30)))));
        String departmentPlan = UUID.randomUUID().toString();
        taskAssignment.assign(new IssuedPlan(departmentPlan, "5/KH-SKHCN", "SKHCN", List.of(
                new IssuedPlan.Task("T1", "1", "Kiểm tra", List.of("SKHCN.VP"), List.of(), LocalDate.of(2030, 1, 1)),
                new IssuedPlan.Task("T2", "2", "Các đơn vị liên quan", List.of(), List.of(), LocalDate.of(2030, 1, 1)))));
        String skhcn = Assignment.idOf(planId, "T1", "SKHCN.VP");
        assertThat(post("/assignments/" + skhcn + "/acknowledge", TestTokens.unit("SKHCN.VP")).statusCode()).isEqualTo(200);
        assertThat(post("/assignments/" + skhcn + "/result", TestTokens.unit("SKHCN.VP"),
                "{\"summary\": \"Đã rà soát 42 thủ tục\"}").statusCode()).isEqualTo(200);

        // when: the Sở's own office tries to accept the result of the province's task, then the province does
        HttpResponse<String> byTheDepartment = post("/assignments/" + skhcn + "/result/review",
                TestTokens.office("SKHCN"), "{\"accepted\": true}");
        HttpResponse<String> byTheProvince = post("/assignments/" + skhcn + "/result/review", TestTokens.province(),
                "{\"accepted\": true}");

        // then: only the province's acceptance counts
        assertThat(byTheDepartment.statusCode()).as(byTheDepartment.body()).isEqualTo(403);
        assertThat(JSON.readTree(byTheDepartment.body()).get("detail").asString())
                .contains("chỉ Văn phòng UBND tỉnh được xác nhận kết quả");
        assertThat(byTheProvince.statusCode()).as(byTheProvince.body()).isEqualTo(200);
        assertThat(JSON.readTree(byTheProvince.body()).get("status").asString()).isEqualTo("COMPLETED");

        // and: the province designates units for its own plan's task, not for a department's
        HttpResponse<String> designated = post("/plans/" + planId + "/tasks/T2/designation", TestTokens.province(),
                "{\"leadUnits\": [\"SDTTG.VP\"], \"coordinatorUnits\": [\"SKHCN.VP\"]}");
        assertThat(designated.statusCode()).as(designated.body()).isEqualTo(200);
        assertThat(units(get("/plans/" + planId + "/assignments", TestTokens.province())))
                .containsExactly("SDTTG.VP", "SKHCN.VP", "SKHCN.VP");
        HttpResponse<String> intoADepartment = post("/plans/" + departmentPlan + "/tasks/T2/designation",
                TestTokens.province(), "{\"leadUnits\": [\"SKHCN.VP\"]}");
        assertThat(intoADepartment.statusCode()).as(intoADepartment.body()).isEqualTo(403);
        assertThat(post("/assignments/" + Assignment.idOf(departmentPlan, "T1", "SKHCN.VP") + "/reminders",
                TestTokens.province(), "{\"message\": \"Khẩn trương\"}").statusCode()).isEqualTo(403);
        assertThat(units(get("/plans/" + departmentPlan + "/assignments", TestTokens.province())))
                .containsExactly("SKHCN.VP");
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        return post(path, token, null);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", TestTokens.bearer(token))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestTokens.bearer(token)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> units(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(node -> node.get("unitCode").asString())
                .sorted().toList();
    }
}
