package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.EventJson;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;

@Import(PlanTaskApiTest.IssueDay.class)
class PlanTaskApiTest extends TaskServiceHttpTest {

    /**
     * Assignments are made on 28/08/2025, the day plan 142/KH-SKHCN was issued: an assignment counts
     * only in periods whose cut-off is on or after the day it was made (issue 16).
     */
    @TestConfiguration
    static class IssueDay {
        @Bean
        Clock clock() {
            ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
            return Clock.fixed(LocalDate.of(2025, 8, 28).atTime(9, 0).atZone(zone).toInstant(), zone);
        }
    }


    @Autowired
    Assignments assignments;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-plan-task-" + UUID.randomUUID());
    }

    @Test
    void assignsPeriodsListsLeadlessTasksAndAssignsDesignatedUnitsAndOccurrencesOnce() throws Exception {
        TopicRecords topics = topics();
        String planId = UUID.randomUUID().toString();
        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, "i-" + planId, EventTypes.PLAN_ISSUED,
                EventJson.write(new PlanIssued("i-" + planId, Instant.parse("2025-08-28T02:00:00Z"), planId,
                        "141/KH-SKHCN", "Kế hoạch 04 tháng cuối năm 2025", "SKHCN", LocalDate.of(2025, 8, 28),
                        List.of(task("T24", "2.4", List.of(), List.of("SKHCN.CDS"), "FIXED_DEADLINE", "Tháng 10/2025"),
                                task("T25", "2.5", List.of("SKHCN.VP"), List.of("SKHCN.CDS"), "RECURRING",
                                        "Định kỳ hàng quý, năm"),
                                task("T26", "2.6", List.of("SKHCN.QLKH"), List.of(), "EVENT_DRIVEN",
                                        "Khi có phát sinh"),
                                task("T31", "3.1", List.of("SKHCN.KHTC"), List.of(), "CONTINUOUS", "Thường xuyên")),
                        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), "báo cáo quý, năm",
                        List.of("QUARTER", "YEAR"), List.of())));

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(about(topics, planId)).hasSize(7));
        assertThat(assignments.findByPlanIdOrderByIdAsc(planId)).extracting(Assignment::id).containsExactly(
                planId + ":T25:SKHCN.CDS:2025-Q3", planId + ":T25:SKHCN.CDS:2025-Q4",
                planId + ":T25:SKHCN.CDS:2025-Y", planId + ":T25:SKHCN.VP:2025-Q3",
                planId + ":T25:SKHCN.VP:2025-Q4", planId + ":T25:SKHCN.VP:2025-Y",
                planId + ":T31:SKHCN.KHTC");
        assertThat(about(topics, planId)).filteredOn(record -> value(record).contains("2025-Q4"))
                .anySatisfy(record -> assertThat(value(record))
                        .contains("\"instanceKey\":\"2025-Q4\"", "\"instanceLabel\":\"Quý IV/2025\"",
                                "\"dueDate\":\"2025-12-16\"", "\"timeframeKind\":\"RECURRING\""));

        JsonNode waiting = get("/needs-assignment?plan=" + planId);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("taskNumber").asString()).isEqualTo("2.4");
        assertThat(waiting.get(0).get("reason").asString()).isEqualTo("Chưa có đơn vị chủ trì");

        String designation = "{\"leadUnits\":[\"SKHCN.QLCN\"]}";
        HttpResponse<String> designated = post("/plans/" + planId + "/tasks/T24/designation", designation, null);
        post("/plans/" + planId + "/tasks/T24/designation", designation, null);
        assertThat(designated.statusCode()).isEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans/" + planId
                        + "/tasks/T24/designation")).header("Content-Type", "application/json")
                        .header("Authorization", TestTokens.bearer(TestTokens.unit("SKHCN.QLCN")))
                        .POST(HttpRequest.BodyPublishers.ofString(designation)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("only the office designates").isEqualTo(403);
        assertThat(json(designated).valueStream().map(node -> node.get("unitCode").asString() + "/"
                + node.get("role").asString())).containsExactlyInAnyOrder("SKHCN.QLCN/LEAD", "SKHCN.CDS/COORDINATOR");
        assertThat(get("/needs-assignment?plan=" + planId)).isEmpty();

        HttpResponse<String> empty = post("/plans/" + planId + "/tasks/T24/designation", "{}", null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("errors").get(0).get("message").asString())
                .isEqualTo("Cần chỉ định ít nhất một đơn vị");

        String occurrence = "{\"dueDate\":\"2025-10-20\",\"description\":\"Văn bản 123/UBND yêu cầu báo cáo\"}";
        HttpResponse<String> recorded = post("/plans/" + planId + "/tasks/T26/occurrences", occurrence, "occ-1");
        HttpResponse<String> again = post("/plans/" + planId + "/tasks/T26/occurrences", occurrence, "occ-1");
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(json(again).valueStream().map(node -> node.get("id").asString()))
                .containsExactly(json(recorded).get(0).get("id").asString());
        JsonNode occurred = json(recorded).get(0);
        assertThat(occurred.get("unitCode").asString()).isEqualTo("SKHCN.QLKH");
        assertThat(occurred.get("dueDate").asString()).isEqualTo("2025-10-20");
        assertThat(occurred.get("instanceKey").asString()).startsWith("O-");
        assertThat(occurred.get("instanceLabel").asString()).isEqualTo("Văn bản 123/UBND yêu cầu báo cáo");

        HttpResponse<String> continuous = post("/plans/" + planId + "/tasks/T31/occurrences", occurrence, null);
        assertThat(continuous.statusCode()).isEqualTo(409);
        assertThat(json(continuous).get("detail").asString()).isEqualTo("Nhiệm vụ 3.1 có thời hạn «Thường xuyên»: "
                + "chỉ nhiệm vụ «khi phát sinh» hoặc «theo kế hoạch, lịch» mới ghi nhận lần phát sinh");
        assertThat(post("/plans/nope/tasks/T1/designation", designation, null).statusCode()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(about(topics, planId)).hasSize(10));
        assertThat(about(topics, planId).stream().map(record -> header(record, "ce_id")).distinct()).hasSize(10);
    }

    @Test
    void filtersAPlansAssignmentsByReportingPeriod() throws Exception {
        TopicRecords topics = topics();
        String planId = UUID.randomUUID().toString();
        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, "i-" + planId, EventTypes.PLAN_ISSUED,
                EventJson.write(new PlanIssued("i-" + planId, Instant.parse("2025-08-28T02:00:00Z"), planId,
                        "142/KH-SKHCN", "Kế hoạch 04 tháng cuối năm 2025", "SKHCN", LocalDate.of(2025, 8, 28),
                        List.of(task("T25", "2.5", List.of("SKHCN.VP"), List.of(), "RECURRING", "Định kỳ hàng quý, năm"),
                                task("T31", "3.1", List.of("SKHCN.KHTC"), List.of(), "CONTINUOUS", "Thường xuyên"),
                                task("T41", "4.1", List.of("SKHCN.QLCN"), List.of(), "FIXED_DEADLINE", "Tháng 10/2025")),
                        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), "báo cáo quý, năm",
                        List.of("QUARTER", "YEAR"), List.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> assignments.findByPlanIdOrderByIdAsc(planId).size() == 5);

        assertThat(ids("/assignments?plan=" + planId + "&period=2025-Q3")).containsExactlyInAnyOrder(
                planId + ":T25:SKHCN.VP:2025-Q3", planId + ":T31:SKHCN.KHTC", planId + ":T41:SKHCN.QLCN");
        assertThat(ids("/assignments?plan=" + planId + "&period=2025-Y")).containsExactlyInAnyOrder(
                planId + ":T25:SKHCN.VP:2025-Y", planId + ":T31:SKHCN.KHTC", planId + ":T41:SKHCN.QLCN");
        assertThat(ids("/assignments?plan=" + planId + "&period=2026-Q2"))
                .as("coverage over, the open fixed-deadline task carries over").containsExactly(planId + ":T41:SKHCN.QLCN");
        assertThat(ids("/assignments?plan=" + planId + "&period=2025-Q2")).as("before the coverage").isEmpty();
        assertThat(ids("/assignments?unit=SKHCN.VP&period=2025-Q4")).contains(planId + ":T25:SKHCN.VP:2025-Q4")
                .doesNotContain(planId + ":T25:SKHCN.VP:2025-Q3", planId + ":T25:SKHCN.VP:2025-Y");

        HttpResponse<String> invalid = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/assignments?period=2025-Q5")).header("Authorization", TestTokens.bearer(TestTokens.office()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).get("errors").get(0).get("field").asString()).isEqualTo("period");
        assertThat(json(invalid).get("errors").get(0).get("message").asString())
                .isEqualTo("Kỳ báo cáo «2025-Q5» không hợp lệ: dùng dạng 2025-M09, 2025-Q3, 2025-H2, 2025-9M hoặc 2025-Y");
    }

    @Test
    void listsTasksWhoseConcernedUnitsAreNotDesignatedYetAndAssignsThemOnDesignation() throws Exception {
        TopicRecords topics = topics();
        String planId = UUID.randomUUID().toString();
        String concerned = "Các phòng, đơn vị có liên quan";
        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, "i-" + planId, EventTypes.PLAN_ISSUED,
                EventJson.write(new PlanIssued("i-" + planId, Instant.parse("2025-03-25T02:00:00Z"), planId,
                        "257/KH-SKHCN", "Kế hoạch truyền thông năm 2025", "SKHCN", LocalDate.of(2025, 3, 25),
                        List.of(new PlanIssued.Task("T1", "I.1", "Tuyên truyền về kiểm soát TTHC", List.of("SKHCN.VP"),
                                        List.of(), null, "CONTINUOUS", "Thường xuyên", List.of(), List.of(concerned)),
                                task("T2", "I.2", List.of("SKHCN.VP"), List.of("SKHCN.CDS"), "CONTINUOUS", "Thường xuyên")),
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, List.of(), List.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> assignments.findByPlanIdOrderByIdAsc(planId).size() == 3);

        JsonNode waiting = get("/needs-assignment?plan=" + planId);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("taskNumber").asString()).isEqualTo("I.1");
        assertThat(waiting.get(0).get("reason").asString())
                .isEqualTo("Cần chỉ định đơn vị phối hợp: «Các phòng, đơn vị có liên quan»");
        assertThat(waiting.get(0).get("coordinatorUnitsToDesignate").get(0).asString()).isEqualTo(concerned);

        HttpResponse<String> designated = post("/plans/" + planId + "/tasks/T1/designation",
                "{\"coordinatorUnits\":[\"SKHCN.QLKH\",\"SKHCN.QLCN\"]}", null);

        assertThat(designated.statusCode()).as(designated.body()).isEqualTo(200);
        assertThat(json(designated).valueStream().map(node -> node.get("unitCode").asString() + "/"
                + node.get("role").asString())).containsExactlyInAnyOrder("SKHCN.VP/LEAD",
                "SKHCN.QLKH/COORDINATOR", "SKHCN.QLCN/COORDINATOR");
        assertThat(get("/needs-assignment?plan=" + planId)).isEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(about(topics, planId))
                .extracting(ConsumerRecord::key).containsExactlyInAnyOrder("SKHCN.VP", "SKHCN.VP", "SKHCN.CDS",
                        "SKHCN.QLKH", "SKHCN.QLCN"));
    }

    private List<String> ids(String path) throws Exception {
        return get(path).valueStream().map(node -> node.get("id").asString()).toList();
    }

    private static PlanIssued.Task task(String id, String number, List<String> leads, List<String> coordinators,
            String kind, String text) {
        LocalDate due = "FIXED_DEADLINE".equals(kind) ? LocalDate.of(2025, 10, 31) : null;
        return new PlanIssued.Task(id, number, "Nhiệm vụ " + number, leads, coordinators, due, kind, text);
    }

    private HttpResponse<String> post(String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(TestTokens.office()))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }




    private static List<ConsumerRecord<String, byte[]>> about(TopicRecords topics, String planId) {
        return topics.all(Topics.TASK_ASSIGNED, Duration.ofMillis(300)).stream()
                .filter(record -> value(record).contains("\"planId\":\"" + planId + "\""))
                .toList();
    }
}
