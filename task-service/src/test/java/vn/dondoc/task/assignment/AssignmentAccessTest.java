package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.eventing.testing.HealthDetails;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.task.deadline.DeadlineWatch;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.PlanWithdrawal;
import vn.dondoc.task.planning.TaskAssignment;
import vn.dondoc.vocabulary.AssignmentStatus;

/**
 * Every endpoint of the task API for every role: the lead unit SKHCN.VP, the coordinator
 * SKHCN.CDS, an unrelated unit SKHCN.QLKH, the office, leadership and the province. A forbidden
 * command is 403 and leaves the stored assignment exactly as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=task-service", "server.port=0",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
class AssignmentAccessTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String LEAD = "SKHCN.VP";
    static final String COORDINATOR = "SKHCN.CDS";
    static final String OTHER = "SKHCN.QLKH";
    static final List<String> OFFICE_ACTIONS = List.of("result/review", "extension-request/decision",
            "withdraw", "reminders");

    /** The office's actions that need a submitted result or a pending request, which only a lead has. */
    static final List<String> NEEDS_A_LEAD = List.of("result/review", "extension-request/decision");

    @LocalServerPort
    int port;

    @Autowired
    TaskAssignment taskAssignment;

    @Autowired
    AssignmentActions actions;

    @Autowired
    Assignments assignments;

    @Autowired
    DeadlineWatch deadlines;

    @Autowired
    PlanWithdrawal withdrawal;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-access-test-" + UUID.randomUUID());
    }

    static Stream<Arguments> commands() {
        List<String> who = List.of("OFFICE", "LEADERSHIP", "PROVINCE", LEAD, COORDINATOR, OTHER);
        return Stream.of("acknowledge", "refuse", "progress", "result", "extension-request", "notes",
                        "result/review", "extension-request/decision", "withdraw", "reminders")
                .flatMap(action -> who.stream().flatMap(role -> Stream.of("LEAD", "COORDINATOR")
                        .filter(target -> target.equals("LEAD") || !NEEDS_A_LEAD.contains(action))
                        .map(target -> Arguments.of(action, role, target))));
    }

    @ParameterizedTest(name = "{1} {0} on the {2}''s assignment")
    @MethodSource("commands")
    void onlyTheOwnUnitActsOnItsAssignmentAndOnlyTheLeadCarriesTheFlow(String action, String role,
            String target) throws Exception {
        List<String> ids = assign();
        String id = target.equals("LEAD") ? ids.get(0) : ids.get(1);
        String owner = target.equals("LEAD") ? LEAD : COORDINATOR;
        prepare(action, id);
        Assignment before = assignments.findById(id).orElseThrow();

        HttpResponse<String> response = post(id, action, token(role));

        boolean allowed = OFFICE_ACTIONS.contains(action)
                ? role.equals("OFFICE") || role.equals("LEADERSHIP")
                : role.equals(owner) && (target.equals("LEAD") || action.equals("notes"));
        if (allowed) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(assignments.findById(id).orElseThrow().history()).hasSize(before.history().size() + 1);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("title").asString()).isEqualTo("Không có quyền thực hiện");
            // the province directs only the assignments of its own plans (UBND tỉnh), this one is SKHCN's
            assertThat(problem.get("detail").asString()).startsWith(OFFICE_ACTIONS.contains(action)
                    ? "Chỉ Văn phòng hoặc Lãnh đạo được" : role.equals(owner) ? "Đơn vị phối hợp" : "Chỉ đơn vị");
            assertUnchanged(id, before);
        }
    }

    @Test
    void healthShowsItsDetailsToOperatorsOnly() throws Exception {
        HealthDetails.shownToOperatorsOnly(port);
    }

    @Test
    void aCoordinatorCannotSubmitTheLeadsResult() throws Exception {
        List<String> ids = assign();
        Assignment before = assignments.findById(ids.get(0)).orElseThrow();

        HttpResponse<String> onLeads = post(ids.get(0), "result", TestTokens.unit(COORDINATOR));
        HttpResponse<String> onOwn = post(ids.get(1), "result", TestTokens.unit(COORDINATOR));

        assertThat(onLeads.statusCode()).isEqualTo(403);
        assertThat(onOwn.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(onOwn.body()).get("detail").asString())
                .startsWith("Đơn vị phối hợp SKHCN.CDS không thể thay đơn vị chủ trì");
        assertUnchanged(ids.get(0), before);
    }

    /** Same state, history and version; only the relay may have taken the pending events out. */
    private void assertUnchanged(String id, Assignment before) {
        assertThat(assignments.findById(id).orElseThrow()).usingRecursiveComparison()
                .ignoringFields("pendingEvents").isEqualTo(before);
    }

    @Test
    void withoutAValidTokenEveryCallIs401AndHealthAndMetricsStayOpen() throws Exception {
        String id = assign().get(0);
        String forged = TestTokens.office().substring(0, TestTokens.office().lastIndexOf('.') + 1) + "AAAA";

        for (String token : new String[] {null, forged}) {
            HttpResponse<String> command = post(id, "acknowledge", token);
            HttpResponse<String> read = get("/assignments/" + id, token);
            assertThat(command.statusCode()).isEqualTo(401);
            assertThat(read.statusCode()).isEqualTo(401);
            assertThat(command.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(read.body()).get("title").asString()).isEqualTo("Chưa xác thực");
        }
        assertThat(assignments.findById(id).orElseThrow().history()).hasSize(1);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aUnitReadsOnlyItsOwnAssignmentsAndTheProvinceReadsEverything() throws Exception {
        List<String> ids = assign();
        String plan = ids.get(0).substring(0, ids.get(0).indexOf(':'));
        String lead = ids.get(0);

        for (String role : List.of("OFFICE", "LEADERSHIP", "PROVINCE")) {
            assertThat(units(get("/plans/" + plan + "/assignments", token(role)))).containsExactly(COORDINATOR, LEAD);
            assertThat(units(get("/assignments?plan=" + plan, token(role)))).containsExactlyInAnyOrder(LEAD, COORDINATOR);
            assertThat(get("/assignments/" + lead, token(role)).statusCode()).isEqualTo(200);
            assertThat(get("/units/" + LEAD + "/assignments", token(role)).statusCode()).isEqualTo(200);
            assertThat(units(get("/overdue?asOf=2030-01-10", token(role)))).contains(LEAD);
        }
        assertThat(units(get("/plans/" + plan + "/assignments", token(LEAD)))).containsExactly(LEAD);
        assertThat(units(get("/assignments?plan=" + plan, token(COORDINATOR)))).containsExactly(COORDINATOR);
        assertThat(units(get("/plans/" + plan + "/assignments", token(OTHER)))).isEmpty();
        assertThat(units(get("/overdue?asOf=2030-01-10", token(OTHER)))).doesNotContain(LEAD);
        assertThat(units(get("/overdue?asOf=2030-01-10", token(LEAD)))).containsOnly(LEAD);
        assertThat(get("/assignments/" + lead, token(LEAD)).statusCode()).isEqualTo(200);
        assertThat(get("/assignments/" + lead, token(OTHER)).statusCode()).isEqualTo(403);
        assertThat(get("/assignments/" + lead, token(COORDINATOR)).statusCode()).isEqualTo(403);
        assertThat(get("/units/" + LEAD + "/assignments", token(LEAD)).statusCode()).isEqualTo(200);
        HttpResponse<String> othersList = get("/units/" + LEAD + "/assignments", token(OTHER));
        assertThat(othersList.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(othersList.body()).get("title").asString()).isEqualTo("Không có quyền thực hiện");
        assertThat(get("/assignments?unit=" + LEAD, token(OTHER)).statusCode()).isEqualTo(403);
    }

    @Test
    void aClientsIdempotencyKeyNeverTakesTheSystemsPlaceNorAnotherUsers() throws Exception {
        List<String> ids = assign();
        String lead = ids.get(0);
        String planId = lead.substring(0, lead.indexOf(':'));

        for (String key : List.of("task-overdue:2030-01-01", PlanWithdrawal.REQUEST_ID)) {
            assertThat(note(lead, key, TestTokens.unit(LEAD)).statusCode()).isEqualTo(200);
        }
        assertThat(note(ids.get(1), "mine", TestTokens.unit(COORDINATOR)).statusCode()).isEqualTo(200);
        assertThat(note(ids.get(1), "mine", TestTokens.token("dong-nghiep", "UNIT", COORDINATOR)).statusCode())
                .isEqualTo(200);
        deadlines.run(LocalDate.of(2030, 1, 2));
        withdrawal.withdraw(planId, "257/KH-SKHCN", "SKHCN", "Trùng kế hoạch");

        Assignment overdueThenWithdrawn = assignments.findById(lead).orElseThrow();
        assertThat(overdueThenWithdrawn.deadline().overdueAnnouncedFor()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(overdueThenWithdrawn.work().status()).isEqualTo(AssignmentStatus.WITHDRAWN);
        assertThat(overdueThenWithdrawn.history().stream().map(HistoryEntry::requestId).toList()).contains(
                "user:chuyen-vien-SKHCN.VP:task-overdue:2030-01-01", "user:chuyen-vien-SKHCN.VP:plan-withdrawn",
                "task-overdue:2030-01-01", "plan-withdrawn");
        assertThat(assignments.findById(ids.get(1)).orElseThrow().history().stream()
                .filter(line -> line.requestId().endsWith(":mine")).count()).isEqualTo(2);
    }

    private HttpResponse<String> note(String id, String key, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assignments/" + id + "/notes"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .header("Authorization", TestTokens.bearer(token))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Ghi chú\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Puts the assignment where the action is allowed by the lifecycle, so only access decides. */
    private void prepare(String action, String id) {
        if (action.equals("result/review")) {
            actions.act(id, new AssignmentCommand.SubmitResult("Kết quả"), "system", "prep");
        } else if (action.equals("extension-request/decision")) {
            actions.act(id, new AssignmentCommand.RequestExtension(LocalDate.of(2030, 3, 31), "Chờ số liệu"),
                    "system", "prep");
        }
    }

    private List<String> assign() {
        String planId = UUID.randomUUID().toString();
        taskAssignment.assign(new IssuedPlan(planId, "257/KH-SKHCN", "SKHCN", List.of(new IssuedPlan.Task(
                "T1", "1", "Rà soát thủ tục hành chính", List.of(LEAD), List.of(COORDINATOR),
                LocalDate.of(2030, 1, 1)))));
        return List.of(Assignment.idOf(planId, "T1", LEAD), Assignment.idOf(planId, "T1", COORDINATOR));
    }

    private static String token(String role) {
        return role.contains(".") ? TestTokens.unit(role) : TestTokens.token("nguoi-dung", role, null);
    }

    private static String body(String action) {
        return switch (action) {
            case "refuse" -> "{\"reason\":\"Không thuộc chức năng\"}";
            case "progress" -> "{\"percent\":30,\"note\":\"Đang rà soát\"}";
            case "result" -> "{\"summary\":\"Báo cáo kết quả\"}";
            case "extension-request" -> "{\"requestedDueDate\":\"2030-02-28\",\"reason\":\"Chờ số liệu\"}";
            case "notes" -> "{\"text\":\"Góp ý\"}";
            case "result/review" -> "{\"accepted\":true}";
            case "extension-request/decision" -> "{\"approved\":true}";
            case "withdraw" -> "{\"reason\":\"Trùng kế hoạch\"}";
            case "reminders" -> "{\"message\":\"Đề nghị khẩn trương\"}";
            default -> null;
        };
    }

    private HttpResponse<String> post(String id, String action, String token) throws Exception {
        String body = body(action);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/assignments/" + id + "/" + action))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> units(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(node -> node.get("unitCode").asString())
                .sorted().toList();
    }
}
