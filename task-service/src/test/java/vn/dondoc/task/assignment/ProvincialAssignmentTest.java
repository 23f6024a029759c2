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

    private HttpResponse<String> post(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", TestTokens.bearer(token))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
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
