package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.task.deadline.DeadlineWatch;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;

class AssignmentApiTest extends TaskServiceHttpTest {

    @Autowired
    TaskAssignment taskAssignment;

    @Autowired
    Assignments assignments;

    @Autowired
    DeadlineWatch deadlineWatch;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-api-test-" + UUID.randomUUID());
    }

    @Test
    void theLeadWorksThroughTheLifecycleAndRepeatedRequestsAreAppliedOnce() throws Exception {
        String lead = assign(LocalDate.of(2030, 3, 31), "Rà soát thủ tục hành chính").get(0);

        assertThat(post(lead, "acknowledge", null, "k-ack").statusCode()).isEqualTo(200);
        HttpResponse<String> first = post(lead, "progress", "{\"percent\":50,\"note\":\"Đã rà soát 60 thủ tục\"}", "k-50");
        HttpResponse<String> repeated = post(lead, "progress", "{\"percent\":50,\"note\":\"Đã rà soát 60 thủ tục\"}", "k-50");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(json(repeated).get("history")).hasSize(3);

        HttpResponse<String> tooMuch = post(lead, "progress", "{\"percent\":140}", "k-140");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(json(tooMuch).get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(json(tooMuch).get("errors").get(0).get("field").asString()).isEqualTo("percent");

        assertThat(post(lead, "result", "{\"summary\":\"Báo cáo kết quả rà soát\"}", "k-r1").statusCode()).isEqualTo(200);
        JsonNode returned = json(post(lead, "result/review", "{\"accepted\":false,\"note\":\"Thiếu phụ lục\"}", "k-rv1"));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("submittedOn").isNull()).isTrue();
        assertThat(post(lead, "result", "{\"summary\":\"Bổ sung phụ lục\"}", "k-r2").statusCode()).isEqualTo(200);
        JsonNode accepted = json(post(lead, "result/review", "{\"accepted\":true}", "k-rv2"));
        assertThat(accepted.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(accepted.get("derived").get("timeliness").asString()).isEqualTo("WITHIN_DEADLINE");

        HttpResponse<String> again = post(lead, "result", "{\"summary\":\"Lần nữa\"}", "k-r3");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("detail").asString())
                .isEqualTo("Không thể gửi kết quả: phân công đang ở trạng thái «hoàn thành»");
        assertThat(json(again).get("currentStatus").asString()).isEqualTo("COMPLETED");
        assertThat(assignments.findById(lead).orElseThrow().history()).extracting(HistoryEntry::action)
                .containsExactly("Assign", "Acknowledge", "ReportProgress", "SubmitResult",
                        "ReviewResult", "SubmitResult", "ReviewResult");

        TopicRecords topics = topics();
        await().atMost(Duration.ofSeconds(30)).ignoreException(IllegalStateException.class).untilAsserted(() -> {
            assertThat(about(topics, Topics.TASK_PROGRESS_REPORTED, lead)).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("SKHCN.VP");
                assertThat(header(record, "ce_type")).isEqualTo(EventTypes.TASK_PROGRESS_REPORTED);
                assertThat(header(record, "ce_subject")).isEqualTo(lead);
                assertThat(value(record)).contains("\"percent\":50").contains("\"actor\":\"chuyen-vien-vp\"");
            });
            assertThat(about(topics, Topics.TASK_ACKNOWLEDGED, lead)).hasSize(1);
            assertThat(about(topics, Topics.TASK_RESULT_SUBMITTED, lead)).hasSize(2);
            assertThat(about(topics, Topics.TASK_RESULT_REVIEWED, lead)).extracting(TopicRecords::value)
                    .satisfiesExactly(
                            v -> assertThat(v).contains("\"accepted\":false").contains("\"completedOn\":null"),
                            v -> assertThat(v).contains("\"accepted\":true"));
        });
    }

    @Test
    void allowsTwoExtensionsThenRefusesTheThirdAndNothingMovesAfterWithdrawal() throws Exception {
        String lead = assign(LocalDate.of(2030, 6, 30), "Xây dựng kho dữ liệu").get(0);

        for (String to : List.of("2030-07-31", "2030-08-31")) {
            assertThat(post(lead, "extension-request", "{\"requestedDueDate\":\"" + to
                    + "\",\"reason\":\"Chờ số liệu\"}", "ask-" + to).statusCode()).isEqualTo(200);
            assertThat(post(lead, "extension-request/decision", "{\"approved\":true}", "ok-" + to)
                    .statusCode()).isEqualTo(200);
        }
        HttpResponse<String> third = post(lead, "extension-request",
                "{\"requestedDueDate\":\"2030-09-30\",\"reason\":\"Lần ba\"}", "ask-3");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(json(third).get("detail").asString()).contains("đã được gia hạn 2 lần");

        JsonNode withdrawn = json(post(lead, "withdraw", "{\"reason\":\"Trùng kế hoạch khác\"}", "w-1"));
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("originalDueDate").asString()).isEqualTo("2030-06-30");
        assertThat(withdrawn.get("dueDate").asString()).isEqualTo("2030-08-31");
        HttpResponse<String> late = post(lead, "progress", "{\"percent\":10}", "p-1");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).get("detail").asString()).contains("«thu hồi»");
        assertThat(get("/assignments/" + lead).get("history")).hasSize(6);

        TopicRecords topics = topics();
        await().atMost(Duration.ofSeconds(30)).ignoreException(IllegalStateException.class).untilAsserted(() -> {
            assertThat(about(topics, Topics.TASK_EXTENSION_REQUESTED, lead)).hasSize(2);
            assertThat(about(topics, Topics.TASK_EXTENSION_DECIDED, lead)).extracting(TopicRecords::value)
                    .satisfiesExactly(
                            v -> assertThat(v).contains("\"dueDate\":\"2030-07-31\"").contains("\"approvedExtensions\":1"),
                            v -> assertThat(v).contains("\"originalDueDate\":\"2030-06-30\"").contains("\"approvedExtensions\":2"));
            assertThat(about(topics, Topics.TASK_WITHDRAWN, lead)).hasSize(1);
        });
    }

    @Test
    void theDailyJobAnnouncesDueSoonAndOverdueOncePerDeadline() throws Exception {
        LocalDate due = LocalDate.of(2031, 5, 15);
        List<String> ids = assign(due, "Báo cáo chuyển đổi số");
        String lead = ids.get(0);

        for (LocalDate day = due.minusDays(5); !day.isAfter(due.plusDays(4)); day = day.plusDays(1)) {
            deadlineWatch.run(day);
            deadlineWatch.run(day);
        }

        TopicRecords topics = topics();
        await().atMost(Duration.ofSeconds(30)).ignoreException(IllegalStateException.class).untilAsserted(() -> {
            assertThat(about(topics, Topics.TASK_DUE_SOON, lead)).singleElement().satisfies(record ->
                    assertThat(value(record)).contains("\"asOf\":\"2031-05-12\"").contains("\"daysLeft\":3")
                            .contains("\"dueDate\":\"2031-05-15\"").contains("\"departmentCode\":\"SKHCN\""));
            assertThat(about(topics, Topics.TASK_OVERDUE, lead)).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("SKHCN.VP");
                assertThat(value(record)).contains("\"asOf\":\"2031-05-16\"").contains("\"daysOverdue\":1")
                        .contains("\"departmentCode\":\"SKHCN\"");
            });
        });
        assertThat(about(topics, Topics.TASK_OVERDUE, ids.get(1))).as("coordinators have no deadline flow")
                .isEmpty();
        assertThat(assignments.findById(lead).orElseThrow())
                .extracting((Assignment a) -> a.deadline().dueSoonAnnouncedFor(), (Assignment a) -> a.deadline().overdueAnnouncedFor())
                .containsExactly(due, due);
    }

    @Test
    void listsOverdueWorkAndFindsTasksWithOrWithoutDiacritics() throws Exception {
        String plan = UUID.randomUUID().toString();
        String late = assign(plan, LocalDate.of(2029, 1, 10), "Cập nhật Văn phòng Sở điện tử").get(0);

        JsonNode overdue = get("/overdue?asOf=2029-01-20");
        assertThat(overdue.valueStream().filter(node -> node.get("id").asString().equals(late)))
                .singleElement().satisfies(node -> {
                    assertThat(node.get("derived").get("daysOverdue").asInt()).isEqualTo(10);
                    assertThat(node.get("derived").get("timelinessLabel").asString()).isEqualTo("quá hạn");
                });
        assertThat(get("/assignments?plan=" + plan + "&q=van%20phong%20so%20dien%20tu"))
                .extracting(node -> node.get("unitCode").asString())
                .containsExactlyInAnyOrder("SKHCN.VP", "SKHCN.CDS");
        assertThat(get("/assignments?plan=" + plan + "&q=V%C4%83n%20ph%C3%B2ng&unit=SKHCN.CDS")).hasSize(1);
        assertThat(get("/assignments?plan=" + plan + "&q=kho%20du%20lieu")).isEmpty();
        post(late, "withdraw", null, "w");
        assertThat(get("/assignments?plan=" + plan + "&status=WITHDRAWN")).hasSize(1);
        assertThat(get("/units/SKHCN.VP/assignments?open=true").valueStream()
                .map(node -> node.get("id").asString())).doesNotContain(late);
    }

    private List<String> assign(LocalDate due, String content) {
        return assign(UUID.randomUUID().toString(), due, content);
    }

    private List<String> assign(String planId, LocalDate due, String content) {
        taskAssignment.assign(new IssuedPlan(planId, "257/KH-SKHCN", "SKHCN", List.of(new IssuedPlan.Task(
                "T1", "1", content, List.of("SKHCN.VP"), List.of("SKHCN.CDS"), due))));
        return List.of(Assignment.idOf(planId, "T1", "SKHCN.VP"), Assignment.idOf(planId, "T1", "SKHCN.CDS"));
    }

    private HttpResponse<String> post(String id, String action, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/assignments/" + id + "/" + action))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(tokenFor(action)))
                .header("Idempotency-Key", key)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The office reviews, decides, withdraws and reminds; the lead unit does the rest. */
    private static String tokenFor(String action) {
        return List.of("result/review", "extension-request/decision", "withdraw", "reminders").contains(action)
                ? TestTokens.office() : TestTokens.token("chuyen-vien-vp", "UNIT", "SKHCN.VP");
    }




    private static List<ConsumerRecord<String, byte[]>> about(TopicRecords topics, String topic, String id) {
        return topics.all(topic, Duration.ofMillis(300)).stream()
                .filter(record -> id.equals(header(record, "ce_subject")))
                .toList();
    }
}
