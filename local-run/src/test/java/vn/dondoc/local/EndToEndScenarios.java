package vn.dondoc.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.EventJson;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.identity.client.SignIn;
import vn.dondoc.local.LocalSystem.Service;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * The first flow of the system, user-visible end to end: the four services in one JVM, on a real
 * broker and store that each subclass provides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndScenarios {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "e2e-" + UUID.randomUUID();
    private LocalSystem system;
    private String brokers;
    private final Deque<Department> departments = new ArrayDeque<>();
    private final Map<String, String> tokens = new HashMap<>();
    /** The office the running scenario acts as: SKHCN's, or that of its own {@link #department()}. */
    private String office;

    /** Bootstrap servers of the broker the services use. */
    abstract String bootstrapServers();

    /** Connection string of the store the services use. */
    abstract String mongoUri();

    @BeforeAll
    void startTheSystem() throws Exception {
        brokers = bootstrapServers();
        // The identity provider starts first as in ./run-local.sh, with accounts of departments of
        // their own for these tests (so they never see each other's units), and the services trust
        // it; every token comes from signing in there with the code flow, as ./mint-token.sh does.
        for (int i = 0; i < 8; i++) {
            departments.add(new Department());
        }
        Path accounts = Files.createTempFile("dondoc-e2e-accounts", ".yml");
        Files.writeString(accounts, accountsFile(), StandardCharsets.UTF_8);
        Map<String, String> identity = Map.of("identity.accounts", accounts.toUri().toString());
        Map<String, String> overrides = new HashMap<>();
        overrides.put("spring.kafka.bootstrap-servers", brokers);
        overrides.put("spring.mongodb.uri", mongoUri());
        // The reminder scheduler runs on the real date: near a deadline it would add report-due
        // events to those the scenarios count. ReportDueOnceTest covers it with a fixed clock.
        overrides.put("reporting.reminders.enabled", "false");
        system = LocalSystem.start(identity, overrides, 0);
    }

    /** Each scenario acts as the office of SKHCN unless it makes a department of its own. */
    @BeforeEach
    void asTheExampleDepartmentsOffice() {
        office = signedIn("vanphong.skhcn");
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anIssuedPlanBecomesAssignmentsCountsReportsDueAndInboxMessagesThroughTheBroker()
            throws Exception {
        Department sở = department();

        HttpResponse<String> created = post(Service.PLAN, "/plans", sở.plan("257/KH-" + sở.code));

        assertThat(created.statusCode()).isEqualTo(201);
        String planId = JSON.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/plans/" + planId);

        TopicRecords topics = new TopicRecords(brokers);
        List<ConsumerRecord<String, byte[]>> planIssued = await().atMost(Duration.ofSeconds(30))
                .until(() -> records(topics, Topics.PLAN_ISSUED, mentioning(planId)), hasSize(1));
        ConsumerRecord<String, byte[]> issued = planIssued.get(0);
        JsonNode issuedData = JSON.readTree(value(issued));
        assertThat(issued.key()).isEqualTo(planId);
        assertThat(header(issued, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(issued, "ce_type")).isEqualTo(EventTypes.PLAN_ISSUED);
        assertThat(header(issued, "ce_source")).isEqualTo("/dondoc/plan-service");
        assertThat(header(issued, "ce_subject")).isEqualTo("257/KH-" + sở.code);
        assertThat(header(issued, "ce_dataschema")).isEqualTo("urn:dondoc:schema:" + EventTypes.PLAN_ISSUED);
        assertThat(header(issued, "ce_id")).isEqualTo(issuedData.get("eventId").asString());
        assertThat(header(issued, "ce_time")).isNotBlank();
        assertThat(header(issued, "content-type")).isEqualTo("application/json");
        assertThat(issuedData.get("departmentCode").asString()).isEqualTo(sở.code);
        assertThat(issuedData.get("issuedOn").asString()).isEqualTo("2026-11-20");
        assertThat(issuedData.get("tasks")).hasSize(3);
        assertThat(issuedData.get("tasks").get(0).get("content").asString())
                .isEqualTo("Rà soát, đánh giá thủ tục hành chính");

        List<ConsumerRecord<String, byte[]>> assigned = await().atMost(Duration.ofSeconds(30))
                .until(() -> records(topics, Topics.TASK_ASSIGNED, mentioning(planId)), hasSize(6));
        assertThat(assigned).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                sở.vp, sở.vp, sở.vp, sở.qlkh, sở.qlcn, sở.cds);
        assertThat(assigned).allSatisfy(record -> {
            JsonNode data = JSON.readTree(value(record));
            assertThat(header(record, "ce_type")).isEqualTo(EventTypes.TASK_ASSIGNED);
            assertThat(header(record, "ce_source")).isEqualTo("/dondoc/task-service");
            assertThat(header(record, "ce_id")).isEqualTo(data.get("eventId").asString());
            assertThat(header(record, "ce_subject")).isEqualTo(data.get("assignmentId").asString());
            assertThat(record.key()).isEqualTo(data.get("unitCode").asString());
        });

        JsonNode assignments = await().atMost(Duration.ofSeconds(10)).until(
                () -> get(Service.TASK, "/plans/" + planId + "/assignments?size=500"), node -> node.size() == 6);
        assertThat(assignments.valueStream().map(node -> tuple(node.get("taskNumber").asString(),
                node.get("unitCode").asString(), node.get("role").asString())).toList())
                .containsExactlyInAnyOrder(
                        tuple("1", sở.vp, "LEAD"), tuple("1", sở.qlkh, "COORDINATOR"),
                        tuple("1", sở.qlcn, "COORDINATOR"), tuple("2", sở.cds, "LEAD"),
                        tuple("2", sở.vp, "COORDINATOR"), tuple("3", sở.vp, "LEAD"));
        assertThat(get(Service.TASK, "/units/" + sở.vp + "/assignments", unit(sở.vp)).valueStream()
                .map(node -> node.get("taskNumber").asString()).toList())
                .as("earliest deadline first, no deadline last").containsExactly("1", "2", "3");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode counts = get(Service.REPORTING, "/units/" + sở.vp + "/counts", unit(sở.vp));
            assertThat(counts.get("assignments").asInt()).isEqualTo(3);
            assertThat(counts.get("lead").asInt()).isEqualTo(2);
            assertThat(counts.get("coordinator").asInt()).isEqualTo(1);
        });
        List<ConsumerRecord<String, byte[]>> reportsDue = await().atMost(Duration.ofSeconds(30))
                .until(() -> records(topics, Topics.REPORT_DUE, mentioning(sở.code + ".")), hasSize(4));
        assertThat(reportsDue).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(sở.vp, sở.qlkh, sở.qlcn, sở.cds);
        JsonNode due = JSON.readTree(value(reportsDue.get(0)));
        assertThat(due.get("periodLabel").asString()).matches("Quý (I|II|III|IV)/20\\d\\d");
        assertThat(due.get("windowEnd").asString()).endsWith("-14");
        assertThat(due.get("level").asString()).isEqualTo("UNIT_TO_OFFICE");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode inbox = get(Service.NOTIFICATION, "/units/" + sở.qlkh + "/notifications", unit(sở.qlkh));
            assertThat(inbox.valueStream().map(node -> node.get("kind").asString()).toList())
                    .containsExactlyInAnyOrder("TASK_ASSIGNED", "REPORT_DUE");
            assertThat(inbox.valueStream().map(node -> node.get("body").asString()).toList())
                    .contains("Rà soát, đánh giá thủ tục hành chính. Đơn vị phối hợp với " + sở.vp
                            + " (chủ trì). Hạn hoàn thành: 31/12/2026.");
            assertThat(get(Service.NOTIFICATION, "/units/" + sở.vp + "/notifications")).hasSize(4);
        });
        JsonNode plan = get(Service.PLAN, "/plans/" + planId, signedIn("ubnd.tinh"));
        assertThat(plan.get("unpublishedEvents").asInt()).isZero();
        assertThat(plan.get("title").asString()).isEqualTo("Kế hoạch kiểm soát thủ tục hành chính năm 2026");
    }

    @Test
    void theLeadUnitActsWithItsOwnTokenAndNobodyElsesTokenChangesItsAssignment() throws Exception {
        Department sở = department();
        String planId = JSON.readTree(post(Service.PLAN, "/plans", sở.plan("31/KH-" + sở.code)).body())
                .get("id").asString();
        JsonNode mine = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> get(Service.TASK, "/units/" + sở.vp + "/assignments", unit(sở.vp)), node -> node.size() == 3);
        String assignment = mine.valueStream().filter(node -> node.get("taskNumber").asString().equals("1"))
                .findFirst().orElseThrow().get("id").asString();

        HttpResponse<String> coordinator = post(Service.TASK, "/assignments/" + assignment + "/result",
                "{\"summary\":\"Thay chủ trì\"}", unit(sở.qlkh));
        HttpResponse<String> province = post(Service.TASK, "/assignments/" + assignment + "/acknowledge", "",
                signedIn("ubnd.tinh"));
        HttpResponse<String> anonymous = post(Service.TASK, "/assignments/" + assignment + "/acknowledge", "", null);
        HttpResponse<String> acknowledged = post(Service.TASK, "/assignments/" + assignment + "/acknowledge", "",
                unit(sở.vp));

        assertThat(coordinator.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(coordinator.body()).get("title").asString()).isEqualTo("Không có quyền thực hiện");
        assertThat(province.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        JsonNode history = get(Service.TASK, "/assignments/" + assignment, office).get("history");
        assertThat(history.valueStream().map(line -> line.get("actor").asString()).toList())
                .as("assigned by the system, acknowledged by the unit's user; the refused calls left no line")
                .containsExactly("system", "vp." + sở.code.toLowerCase());
        assertThat(assignment).startsWith(planId + ":");
        TopicRecords topics = new TopicRecords(brokers);
        await().atMost(Duration.ofSeconds(30)).ignoreException(IllegalStateException.class).until(
                () -> records(topics, Topics.TASK_ACKNOWLEDGED, mentioning(assignment)), hasSize(1));

        // the province's compacted assignment-status feed says what task-service says, on both axes
        JsonNode derived = get(Service.TASK, "/assignments/" + assignment, office).get("derived");
        JsonNode status = await().atMost(Duration.ofSeconds(30)).ignoreException(IllegalStateException.class).until(
                () -> records(topics, Topics.ASSIGNMENT_STATUS, record -> assignment.equals(record.key())).stream()
                        .reduce((first, second) -> second).map(record -> JSON.readTree(value(record))).orElse(null),
                newest -> newest != null && newest.get("progress").asString().equals("IN_PROGRESS"));
        assertThat(status.get("progress").asString()).isEqualTo(derived.get("progress").asString());
        assertThat(status.get("timeliness").asString()).isEqualTo(derived.get("timeliness").asString());
        assertThat(status.get("dueDate").asString()).isEqualTo(derived.get("dueDate").asString());
        assertThat(status.get("governmentOfficeColumn").asString()).isIn("OPEN_WITHIN_DEADLINE", "OPEN_OVERDUE");
        assertThat(status.get("unitCode").asString()).isEqualTo(sở.vp);
    }

    @Test
    void redeliveringEveryEventOfAPlanChangesNothingInAnyStore() throws Exception {
        Department sở = department();
        String planId = JSON.readTree(post(Service.PLAN, "/plans", sở.plan("12/KH-" + sở.code)).body())
                .get("id").asString();
        TopicRecords topics = new TopicRecords(brokers);
        List<ConsumerRecord<String, byte[]>> assigned = await().atMost(Duration.ofSeconds(30))
                .until(() -> records(topics, Topics.TASK_ASSIGNED, mentioning(planId)), hasSize(6));
        await().atMost(Duration.ofSeconds(30)).until(() -> allCaughtUp());
        JsonNode assignmentsBefore = get(Service.TASK, "/plans/" + planId + "/assignments?size=500");
        JsonNode countsBefore = get(Service.REPORTING, "/units/counts?size=500");
        JsonNode inboxBefore = get(Service.NOTIFICATION, "/units/" + sở.vp + "/notifications");
        assertThat(inboxBefore).hasSize(4);

        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (ConsumerRecord<String, byte[]> record : concat(
                    records(topics, Topics.PLAN_ISSUED, mentioning(planId)), assigned,
                    records(topics, Topics.REPORT_DUE, mentioning(sở.code + ".")))) {
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
                        record.headers())).get();
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> allCaughtUp());

        assertThat(get(Service.TASK, "/plans/" + planId + "/assignments?size=500")).isEqualTo(assignmentsBefore);
        assertThat(get(Service.REPORTING, "/units/counts?size=500")).isEqualTo(countsBefore);
        assertThat(get(Service.NOTIFICATION, "/units/" + sở.vp + "/notifications")).isEqualTo(inboxBefore);
        List<ConsumerRecord<String, byte[]>> afterwards = records(topics, Topics.TASK_ASSIGNED,
                mentioning(planId));
        assertThat(afterwards).as("the 6 published and the 6 this test sent again, nothing new")
                .hasSize(12);
        assertThat(afterwards.stream().map(record -> header(record, "ce_id")).distinct()).hasSize(6);
    }

    @Test
    void aMalformedPlanGetsAVietnameseProblemDetailAndIsNeitherStoredNorPublished() throws Exception {
        Department sở = department();
        String malformed = sở.plan("99/KH-" + sở.code).replace("\"leadUnits\": [\"" + sở.cds + "\"]",
                "\"leadUnits\": []").replace("\"issuedOn\": \"2026-11-20\"", "\"issuedOn\": \"20/11/2026\"");

        HttpResponse<String> rejected = post(Service.PLAN, "/plans", malformed);
        HttpResponse<String> missingLead = post(Service.PLAN, "/plans",
                sở.plan("99/KH-" + sở.code).replace("\"leadUnits\": [\"" + sở.cds + "\"]", "\"leadUnits\": []"));

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(rejected.body()).get("title").asString()).isEqualTo("Kế hoạch không hợp lệ");
        assertThat(missingLead.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(missingLead.body());
        assertThat(problem.get("errors").valueStream().map(error -> tuple(error.get("field").asString(),
                error.get("message").asString())).toList())
                .containsExactly(tuple("tasks[1].leadUnits", "Nhiệm vụ phải có ít nhất một đơn vị chủ trì"));

        HttpResponse<String> valid = post(Service.PLAN, "/plans", sở.plan("100/KH-" + sở.code));
        assertThat(valid.statusCode()).isEqualTo(201);
        TopicRecords topics = new TopicRecords(brokers);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> records(topics, Topics.PLAN_ISSUED, mentioning("100/KH-" + sở.code)), hasSize(1));
        assertThat(records(topics, Topics.PLAN_ISSUED, mentioning("\"" + sở.code + "\""))).hasSize(1);
        assertThat(get(Service.PLAN, "/plans?department=" + sở.code)).hasSize(1);
    }

    @Test
    void seed001ImportedDesignatedAndIssuedGivesExactlyTheAssignmentsItsDraftResolved() throws Exception {
        // given: the real document imported against the EXAMPLE roster of SKHCN, by its office
        String seed = Files.readString(Path.of("..", "plan-service", "src", "test", "resources", "seeds",
                "001_25c004b7a35bdc94.txt"), StandardCharsets.UTF_8);
        HttpResponse<String> imported = send(Service.PLAN, "/plan-drafts?department=SKHCN", "text/plain", seed);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(imported.body());
        String draftId = draft.get("id").asString();
        Map<String, String> taskIds = new HashMap<>();
        draft.get("tasks").forEach(task -> taskIds.put(task.get("number").asString(), task.get("taskId").asString()));
        List<String> toDesignate = draft.get("findings").valueStream()
                .filter(finding -> Set.of("UNASSIGNED_TASK", "NEEDS_DESIGNATION").contains(finding.get("code").asString()))
                .map(finding -> finding.get("row").asString()).distinct().toList();
        assertThat(toDesignate).as("what the draft says the office must designate")
                .containsExactlyInAnyOrder("2.4", "2.1.1", "2.6.1");

        // when: the office designates a lead for each of them and issues the plan
        for (String row : toDesignate) {
            HttpResponse<String> corrected = send(Service.PLAN, "/plan-drafts/" + draftId + "/tasks/" + taskIds.get(row),
                    "application/json", "PUT", "{\"leadUnits\": [\"SKHCN.QLKH\"]}", office);
            assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        }
        JsonNode resolved = get(Service.PLAN, "/plan-drafts/" + draftId);
        HttpResponse<String> issued = post(Service.PLAN, "/plan-drafts/" + draftId + "/issue",
                "{\"number\": \"215/KH-SKHCN\", \"issuedOn\": \"2025-08-25\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String planId = JSON.readTree(issued.body()).get("id").asString();

        // then: plan-issued carries what the draft resolved
        TopicRecords topics = new TopicRecords(brokers);
        JsonNode event = JSON.readTree(value(await().atMost(Duration.ofSeconds(30))
                .until(() -> records(topics, Topics.PLAN_ISSUED, mentioning(planId)), hasSize(1)).get(0)));
        assertThat(units(event.get("tasks"), "leadUnits", "coordinatorUnits"))
                .isEqualTo(units(resolved.get("tasks"), "units/leadUnits", "units/coordinatorUnits"));
        // and task-service holds one assignment per (task, unit, role) the plan gives, none for the
        // event-driven 2.1.1 until an occurrence, three instances of the recurring 2.5
        Set<List<String>> expected = new HashSet<>();
        event.get("tasks").forEach(task -> {
            if (!Set.of("EVENT_DRIVEN", "ANCHORED_EXTERNAL").contains(task.get("timeframeKind").asString())) {
                task.get("leadUnits").forEach(unit -> expected.add(List.of(task.get("number").asString(),
                        unit.asString(), "LEAD")));
                task.get("coordinatorUnits").forEach(unit -> expected.add(List.of(task.get("number").asString(),
                        unit.asString(), "COORDINATOR")));
            }
        });
        int recurringExtra = 2 * 3;
        JsonNode assignments = await().atMost(Duration.ofSeconds(30)).until(
                () -> get(Service.TASK, "/plans/" + planId + "/assignments?size=500"),
                node -> node.size() == expected.size() + recurringExtra);
        assertThat(assignments.valueStream().map(node -> List.of(node.get("taskNumber").asString(),
                node.get("unitCode").asString(), node.get("role").asString())).collect(Collectors.toSet()))
                .isEqualTo(expected);
        assertThat(expected).as("the seed's own figures: 49 leads + 30 coordinators over 22 tasks, less the"
                        + " event-driven 2.1.1 (1 coordinator), plus the leads designated for 2.4 and 2.6.1")
                .hasSize(51 + 29)
                .contains(List.of("2.4", "SKHCN.QLKH", "LEAD"), List.of("2.6.1", "SKHCN.QLKH", "LEAD"),
                        List.of("2.6.1", "SKHCN.VP", "COORDINATOR"), List.of("1.3", "SKHCN.CNTT", "COORDINATOR"),
                        List.of("2.3.1", "SKHCN.QLCN", "LEAD"))
                .doesNotContain(List.of("2.3.1", "SKHCN.CDS", "LEAD"), List.of("2.1.1", "SKHCN.QLKH", "LEAD"));
        Map<String, List<String>> recurring = assignments.valueStream()
                .filter(node -> node.get("taskNumber").asString().equals("2.5"))
                .collect(Collectors.groupingBy(node -> node.get("unitCode").asString() + " " + node.get("role").asString(),
                        TreeMap::new, Collectors.mapping(node -> node.get("instanceKey").asString() + " "
                                + node.get("instanceLabel").asString() + " " + node.get("dueDate").asString(),
                                Collectors.toList())));
        List<String> threeInstances = List.of("2025-Q3 Quý III/2025 2025-09-16", "2025-Q4 Quý IV/2025 2025-12-16",
                "2025-Y Năm 2025 2025-12-16");
        assertThat(recurring).containsOnlyKeys("SKHCN.VP LEAD", "SKHCN.QLKH COORDINATOR", "SKHCN.QLCN COORDINATOR")
                .allSatisfy((unit, instances) -> assertThat(instances).containsExactlyInAnyOrderElementsOf(threeInstances));
        assertThat(get(Service.TASK, "/needs-assignment?plan=" + planId)).isEmpty();
    }

    /** The rollup's figures once every event is in: SDTTG lead, SDTTG coordinator, SKHCN lead, SKHCN coordinator. */
    private static final List<String> ROLLUP_FIGURES = List.of("within=1 continuous=1 overdue=0 done=0",
            "within=1 continuous=1 overdue=0 done=0", "within=2 continuous=1 overdue=0 done=0",
            "within=5 continuous=1 overdue=0 done=0");

    @Test
    void aPlanOfUbndTinhRollsUpTheChildPlansOfTwoDepartmentsWithTheirFigures() throws Exception {
        // The documents are of 2026; they are moved to the year of the reporting period that holds
        // today, so the period's figures are the same whatever day the test runs.
        String period = ReportingPeriods.holding(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        String year = period.substring(0, 4);
        String province = signedIn("ubnd.tinh");
        String skhcn = signedIn("vanphong.skhcn");
        String sdttg = signedIn("vanphong.sdttg");

        // given: the provincial office imports 38/KH-UBND, which gives tasks to SKHCN and SDTTG, and issues it
        HttpResponse<String> imported = send(Service.PLAN, "/plan-drafts", "text/plain", "POST",
                provinceDocument("ubnd-38-kh-ubnd-2026.txt", year), province);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(imported.body());
        assertThat(draft.at("/header/departmentName").asString()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN");
        assertThat(draft.at("/header/signer").asString()).isEqualTo("Lê Thị Hồng Vân");
        assertThat(draft.get("findings").valueStream().map(finding -> finding.get("code").asString()).toList())
                .containsOnly("NEEDS_DESIGNATION");
        HttpResponse<String> issued = send(Service.PLAN, "/plan-drafts/" + draft.get("id").asString() + "/issue",
                "application/json", "POST", "{}", province);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String planId = JSON.readTree(issued.body()).get("id").asString();
        assertThat(JSON.readTree(issued.body()).get("departmentCode").asString()).isEqualTo("UBND");

        // then: each department's office finds the province's tasks in its own work (its office unit)
        JsonNode skhcnWork = await().atMost(Duration.ofSeconds(30)).until(
                () -> get(Service.TASK, "/plans/" + planId + "/assignments?size=500", skhcn), node -> node.size() == 8);
        assertThat(skhcnWork.valueStream().map(node -> node.get("unitCode").asString()).distinct().toList())
                .containsExactly("SKHCN.VP");
        assertThat(skhcnWork.valueStream().map(node -> node.get("taskNumber").asString() + " "
                + node.get("role").asString()).distinct().toList())
                .containsExactlyInAnyOrder("1 LEAD", "3 LEAD", "4 COORDINATOR", "5 LEAD");
        assertThat(get(Service.TASK, "/plans/" + planId + "/assignments?size=500", sdttg).valueStream()
                .map(node -> node.get("unitCode").asString()).distinct().toList()).containsExactly("SDTTG.VP");

        // when: each department imports its own plan "Thực hiện Kế hoạch số 38/KH-UBND …" and issues it
        String skhcnChild = issueChildPlan("skhcn-12-kh-skhcn-2026.txt", year, skhcn);
        String sdttgChild = issueChildPlan("sdttg-15-kh-sdttg-2026.txt", year, sdttg);

        // then: the province sees both as children of its plan
        assertThat(get(Service.PLAN, "/plans?parent=" + planId, province).valueStream()
                .map(plan -> plan.get("number").asString()).toList())
                .containsExactlyInAnyOrder("12/KH-SKHCN", "15/KH-SDTTG");
        assertThat(get(Service.PLAN, "/plans/" + skhcnChild, province).get("parentPlanIds").get(0).asString())
                .isEqualTo(planId);

        // and: its rollup shows, per task, the departments with their child plans, and per department
        // the period's figures of its child plan: SKHCN leads 1 continuous + 2 open tasks (5 coordinator
        // assignments open, 1 continuous), SDTTG leads 1 continuous + 1 open (1 + 1 as coordinator)
        String rollupPath = "/provincial-plans/" + planId + "/rollup?period=" + period;
        JsonNode rollup = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> get(Service.REPORTING, rollupPath, province),
                node -> node.get("departments").size() == 2
                        && List.of(figures(node.at("/departments/0/childPlanFigures/lead")),
                                figures(node.at("/departments/0/childPlanFigures/coordinator")),
                                figures(node.at("/departments/1/childPlanFigures/lead")),
                                figures(node.at("/departments/1/childPlanFigures/coordinator"))).equals(ROLLUP_FIGURES));
        assertThat(rollup.get("number").asString()).isEqualTo("38/KH-UBND");
        assertThat(rollup.get("tasks").valueStream().map(task -> task.get("number").asString() + ": "
                + task.get("departments").valueStream().map(department -> department.get("departmentCode").asString()
                        + " " + department.get("role").asString() + " " + department.get("childPlans").get(0).asString())
                        .collect(Collectors.joining(", "))).toList()).containsExactly(
                "1: SKHCN LEAD 12/KH-SKHCN",
                "2: SDTTG LEAD 15/KH-SDTTG",
                "3: SKHCN LEAD 12/KH-SKHCN, SDTTG LEAD 15/KH-SDTTG",
                "4: SDTTG LEAD 15/KH-SDTTG, SKHCN COORDINATOR 12/KH-SKHCN",
                "5: SKHCN LEAD 12/KH-SKHCN, SDTTG LEAD 15/KH-SDTTG");
        JsonNode departments = rollup.get("departments");
        assertThat(departments.valueStream().map(row -> row.get("departmentCode").asString() + " "
                + row.at("/childPlans/0/number").asString() + " " + row.at("/childPlans/0/planId").asString()).toList())
                .containsExactly("SDTTG 15/KH-SDTTG " + sdttgChild, "SKHCN 12/KH-SKHCN " + skhcnChild);
        assertThat(List.of(figures(departments.get(0).at("/childPlanFigures/lead")),
                figures(departments.get(0).at("/childPlanFigures/coordinator")),
                figures(departments.get(1).at("/childPlanFigures/lead")),
                figures(departments.get(1).at("/childPlanFigures/coordinator")))).isEqualTo(ROLLUP_FIGURES);
        assertThat(departments.get(1).at("/provincialTaskFigures/lead/continuous").asLong())
                .as("task 1 of the province, led by SKHCN's office without deadline").isEqualTo(1);
        // a department's office reads its own row only
        assertThat(get(Service.REPORTING, rollupPath, skhcn).get("departments").valueStream()
                .map(row -> row.get("departmentCode").asString()).toList()).containsExactly("SKHCN");
    }

    /**
     * Issue 16: task-service's {@code period} filter and reporting-service's matrix judge the same facts
     * by the same period rules. One plan of this department covering this year and the next, one kind of
     * task per unit (a fixed deadline, continuous, "quý, năm", "3 tháng, 6 tháng, 9 tháng và năm"), the
     * fixed-deadline and the continuous task completed today, the continuous task's unit's coordinator
     * assignment withdrawn today; then for every period of both years that a regime reports,
     * each unit's assignments task-service lists are as many as reporting-service counts (reporting has
     * no list of the counted assignments: per unit with one kind of task each, the counts stand for the
     * sets). This year's periods whose cut-off has passed count nothing — the assignments were made today.
     */
    @Test
    void taskServicesPeriodFilterListsWhatReportingServiceCountsInEveryPeriod() throws Exception {
        Department sở = department();
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String planId = UUID.randomUUID().toString();
        List<PlanIssued.Task> tasks = List.of(
                new PlanIssued.Task("T1", "1", "Hoàn thành đề án số hóa", List.of(sở.vp), List.of(sở.qlkh),
                        LocalDate.of(year + 1, 6, 30), "FIXED_DEADLINE", "Tháng 6/" + (year + 1)),
                new PlanIssued.Task("T2", "2", "Theo dõi, đôn đốc", List.of(sở.qlkh), List.of(), null, "CONTINUOUS",
                        "Thường xuyên"),
                new PlanIssued.Task("T3", "3", "Báo cáo kết quả", List.of(sở.qlcn), List.of(), null, "RECURRING",
                        "Định kỳ hàng quý, năm"),
                new PlanIssued.Task("T4", "4", "Báo cáo tình hình", List.of(sở.cds), List.of(), null, "RECURRING",
                        "Định kỳ 3 tháng, 6 tháng, 9 tháng và năm"),
                // no recognised timeframe: "chưa xác định thời hạn", counted apart, in both services
                new PlanIssued.Task("T5", "5", "Tuyên truyền, phổ biến", List.of(sở.cds), List.of(), null, "UNSPECIFIED",
                        "Theo chỉ đạo"));
        new TopicRecords(brokers).sendCloudEvent(Topics.PLAN_ISSUED, planId, "i-" + planId, EventTypes.PLAN_ISSUED,
                EventJson.write(new PlanIssued("i-" + planId, java.time.Instant.now(), planId, "16/KH-" + sở.code,
                        "Kế hoạch năm " + year + " và năm " + (year + 1), sở.code, LocalDate.of(year, 1, 5), tasks,
                        LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31), "báo cáo quý, năm",
                        List.of("QUARTER", "YEAR"), List.of())));
        // T1: lead and coordinator; T2: one; T3: 4 quarters + year, T4: Q1, H1, 9M, year — for each year; T5: one
        int expected = 2 + 1 + 2 * 5 + 2 * 4 + 1;
        await().atMost(Duration.ofSeconds(60)).until(
                () -> get(Service.TASK, "/plans/" + planId + "/assignments?size=500").size() == expected);
        String lead = planId + ":T1:" + sở.vp;
        String continuous = planId + ":T2:" + sở.qlkh;
        for (String done : List.of(lead, continuous)) {
            String unitCode = done.substring(done.lastIndexOf(':') + 1);
            assertThat(post(Service.TASK, "/assignments/" + done + "/result", "{\"summary\":\"Đã hoàn thành\"}",
                    unit(unitCode), "r-" + done).statusCode()).isEqualTo(200);
            assertThat(post(Service.TASK, "/assignments/" + done + "/result/review", "{\"accepted\":true}", office,
                    "rv-" + done).statusCode()).isEqualTo(200);
        }
        assertThat(post(Service.TASK, "/assignments/" + planId + ":T1:" + sở.qlkh + "/withdraw",
                "{\"reason\":\"Không còn cần phối hợp\"}", office, "w-" + planId).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String unitCode : List.of(sở.vp, sở.qlkh, sở.qlcn, sở.cds)) {
                assertThat(get(Service.REPORTING, "/units/" + unitCode + "/counts", unit(unitCode))
                        .get("assignments").asInt()).isEqualTo(unitCode.equals(sở.vp) ? 1
                        : unitCode.equals(sở.qlkh) ? 2 : unitCode.equals(sở.qlcn) ? 10 : 9);
            }
            JsonNode accepted = get(Service.TASK, "/assignments/" + lead, unit(sở.vp));
            assertThat(accepted.get("status").asString()).isEqualTo("COMPLETED");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            JsonNode figures = reportingFigures(sở.vp, "hang-thang", holdingMonth(today), today);
            assertThat(figures.at("/lead/completedOnTime").asLong()).as("the acceptance reached reporting-service")
                    .isEqualTo(1);
            JsonNode qlkh = reportingFigures(sở.qlkh, "hang-thang", holdingMonth(today), today);
            assertThat(qlkh.at("/lead/completedOnTime").asLong() + qlkh.at("/coordinator/withdrawn").asLong())
                    .as("the continuous task's acceptance and the withdrawal reached reporting-service").isEqualTo(2);
            JsonNode cds = reportingFigures(sở.cds, "hang-thang", holdingMonth(today), today);
            assertThat(cds.at("/lead/timeframeToSet").asLong()).as("the task without timeframe, apart").isEqualTo(1);
            assertThat(cds.at("/lead/noDeadline").asLong() + cds.at("/lead/continuous").asLong()).isZero();
            assertThat(get(Service.TASK, "/assignments/" + planId + ":T5:" + sở.cds, unit(sở.cds))
                    .at("/derived/timelinessLabel").asString()).isEqualTo("chưa xác định thời hạn");
        });

        Map<String, String> disagreements = new TreeMap<>();
        int listed = 0;
        for (int y : List.of(year, year + 1)) {
            for (Map.Entry<ReportingPeriod, String> reported : reportedPeriods(y).entrySet()) {
                ReportingPeriod period = reported.getKey();
                for (String unitCode : List.of(sở.vp, sở.qlkh, sở.qlcn, sở.cds)) {
                    int byTasks = get(Service.TASK, "/units/" + unitCode + "/assignments?size=500&period=" + period.key(),
                            unit(unitCode)).valueStream().filter(node -> node.get("planId").asString().equals(planId))
                            .toList().size();
                    JsonNode figures = reportingFigures(unitCode, reported.getValue(), period.key(), period.cutOff());
                    long byReporting = counted(figures.get("lead")) + counted(figures.get("coordinator"));
                    listed += byTasks;
                    if (byTasks != byReporting) {
                        disagreements.put(period.key() + " " + unitCode, "task-service " + byTasks
                                + ", reporting-service " + byReporting);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(listed).as("the facts count somewhere: next year's periods hold them").isGreaterThan(20);
    }

    /** Every period of the year a shipped regime reports, with that regime (no regime reports H2 alone). */
    private static Map<ReportingPeriod, String> reportedPeriods(int year) {
        Map<ReportingPeriod, String> periods = new java.util.LinkedHashMap<>();
        for (int month = 1; month <= 12; month++) {
            periods.put(ReportingPeriod.of(PeriodType.MONTH, year, month), "hang-thang");
        }
        for (int quarter = 1; quarter <= 4; quarter++) {
            periods.put(ReportingPeriod.of(PeriodType.QUARTER, year, quarter), "quy-nam");
        }
        periods.put(ReportingPeriod.of(PeriodType.YEAR, year, 1), "quy-nam");
        periods.put(ReportingPeriod.of(PeriodType.HALF_YEAR, year, 1), "3-6-9-thang-va-nam");
        periods.put(ReportingPeriod.of(PeriodType.NINE_MONTHS, year, 1), "3-6-9-thang-va-nam");
        return periods;
    }

    /** The month whose data window holds the day, by its key. */
    private static String holdingMonth(LocalDate day) {
        LocalDate month = day.getDayOfMonth() >= 15 ? day.plusMonths(1) : day;
        return ReportingPeriod.of(PeriodType.MONTH, month.getYear(), month.getMonthValue()).key();
    }

    /** The unit's matrix for the period counted afresh (not a frozen snapshot) at the as-of date. */
    private JsonNode reportingFigures(String unitCode, String regime, String periodKey, LocalDate asOf) throws Exception {
        return get(Service.REPORTING, "/units/" + unitCode + "/figures?regime=" + regime + "&period=" + periodKey
                + "&asOf=" + asOf + "&recompute=true", unit(unitCode));
    }

    /** Every assignment a role's row counts, in whichever column (due soon is inside "within deadline"). */
    private static long counted(JsonNode row) {
        return List.of("completedOnTime", "completedLate", "openWithinDeadline", "openOverdue", "continuous",
                "notOccurred", "noDeadline", "withdrawn", "timeframeToSet").stream().mapToLong(column -> row.get(column).asLong()).sum();
    }

    /** Imports one of the made-up child plans of 38/KH-UBND as the department's office and issues it. */
    private String issueChildPlan(String document, String year, String token) throws Exception {
        HttpResponse<String> imported = send(Service.PLAN, "/plan-drafts", "text/plain", "POST",
                provinceDocument(document, year), token);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(imported.body());
        assertThat(draft.get("findings")).as("every unit resolved, the parent plan found").isEmpty();
        HttpResponse<String> issued = send(Service.PLAN, "/plan-drafts/" + draft.get("id").asString() + "/issue",
                "application/json", "POST", "{}", token);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body()).get("id").asString();
    }

    /** A made-up province-level document of plan-service's tests, moved to the given year. */
    private static String provinceDocument(String name, String year) throws Exception {
        return Files.readString(Path.of("..", "plan-service", "src", "test", "resources", "province-seeds", name),
                StandardCharsets.UTF_8).replace("2026", year);
    }

    /** The columns of a figures row this scenario pins. */
    private static String figures(JsonNode row) {
        return "within=%d continuous=%d overdue=%d done=%d".formatted(row.get("openWithinDeadline").asLong(),
                row.get("continuous").asLong(), row.get("openOverdue").asLong(),
                row.get("completedOnTime").asLong() + row.get("completedLate").asLong());
    }

    /** Each task's number with its lead and coordinator units; the paths are below each task. */
    private static Map<String, List<List<String>>> units(JsonNode tasks, String leads, String coordinators) {
        Map<String, List<List<String>>> units = new TreeMap<>();
        tasks.forEach(task -> units.put(task.get("number").asString(), List.of(
                task.at("/" + leads).valueStream().map(JsonNode::asString).toList(),
                task.at("/" + coordinators).valueStream().map(JsonNode::asString).toList())));
        return units;
    }

    private boolean allCaughtUp() throws Exception {
        ConsumerLag lag = new ConsumerLag(brokers);
        return lag.caughtUp("task-service", Topics.PLAN_ISSUED)
                && lag.caughtUp("reporting-service", Topics.TASK_ASSIGNED)
                && lag.caughtUp("notification-service", Topics.TASK_ASSIGNED)
                && lag.caughtUp("notification-service", Topics.REPORT_DUE);
    }

    private static List<ConsumerRecord<String, byte[]>> records(TopicRecords topics, String topic,
            Predicate<ConsumerRecord<String, byte[]>> which) {
        return topics.all(topic, Duration.ofMillis(300)).stream().filter(which).toList();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> mentioning(String text) {
        return record -> value(record).contains(text);
    }

    private static Predicate<List<?>> hasSize(int size) {
        return list -> list.size() == size;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** A department of the test's own, whose office then acts in the test's default calls. */
    private Department department() {
        Department department = departments.remove();
        office = signedIn("vanphong." + department.code.toLowerCase());
        return department;
    }

    /** A token of the unit's account, as {@code ./mint-token.sh UNIT <unit>} gets it. */
    private String unit(String unitCode) {
        int dot = unitCode.indexOf('.');
        return signedIn(unitCode.substring(dot + 1).toLowerCase() + "." + unitCode.substring(0, dot).toLowerCase());
    }

    /** The access token of the account, signed in at the identity provider with the code flow (once per account). */
    private String signedIn(String username) {
        return tokens.computeIfAbsent(username,
                account -> SignIn.cli(URI.create(system.issuer())).as(account, PASSWORD).accessToken());
    }

    /** The accounts of the tests' departments: an office and a unit account per unit, and the province. */
    private String accountsFile() {
        StringBuilder yaml = new StringBuilder("# Accounts of the end-to-end tests (test data).\n")
                .append("password: ").append(PASSWORD).append('\n')
                .append("province: {code: TN, name: Thái Nguyên}\n")
                .append("departments:\n  SKHCN: Sở Khoa học và Công nghệ\n");
        departments.forEach(department -> yaml.append("  ").append(department.code).append(": Sở thử nghiệm ")
                .append(department.code).append('\n'));
        yaml.append("  SDTTG: Sở Dân tộc và Tôn giáo\n");
        yaml.append("accounts:\n  - {username: ubnd.tinh, name: Văn phòng UBND tỉnh, role: PROVINCE}\n")
                .append("  - {username: vanphong.skhcn, name: Văn thư Sở KH&CN, role: OFFICE, department: SKHCN}\n")
                .append("  - {username: vanphong.sdttg, name: Văn thư Sở DT&TG, role: OFFICE, department: SDTTG}\n");
        for (Department department : departments) {
            String suffix = "." + department.code.toLowerCase();
            yaml.append("  - {username: vanphong").append(suffix).append(", name: Văn thư, role: OFFICE, department: ")
                    .append(department.code).append("}\n");
            for (String unit : List.of(department.vp, department.qlkh, department.qlcn, department.cds)) {
                yaml.append("  - {username: ").append(unit.substring(unit.indexOf('.') + 1).toLowerCase())
                        .append(suffix).append(", name: Chuyên viên, role: UNIT, unit: ").append(unit).append("}\n");
            }
        }
        return yaml.toString();
    }

    /** As the office. */
    private HttpResponse<String> post(Service service, String path, String json) throws Exception {
        return post(service, path, json, office);
    }

    /**
     * The operators' dashboard and alerts (docker/) read metrics the running services serve: after one
     * plan, every name they query is on some service's {@code /actuator/prometheus}, except the
     * counters of things that did not happen (they appear at their first occurrence).
     */
    @Test
    void everyMetricTheDashboardAndTheAlertsQueryIsServedByTheRunningServices() throws Exception {
        Department sở = department();
        assertThat(post(Service.PLAN, "/plans", sở.plan("12/KH-" + sở.code)).statusCode()).isEqualTo(201);
        Set<String> queried = new java.util.TreeSet<>();
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("\\b([a-z]+(?:_[a-z0-9]+)+)\\b(?=[{\\[)]|\\s*[>)])")
                .matcher(Files.readString(Path.of("../docker/grafana/dashboards/dondoc.json"))
                        + Files.readString(Path.of("../docker/prometheus/alerts.yml")));
        while (name.find()) {
            queried.add(name.group(1));
        }
        Set<String> atFirstOccurrence = Set.of("dondoc_events_dead_lettered_total", "dondoc_events_retried_total",
                "dondoc_events_rejected_total", "dondoc_notifications_redelivered_total",
                "dondoc_notifications_deliveries_total");
        assertThat(queried).contains("dondoc_outbox_pending", "spring_cloud_stream_binder_kafka_offset",
                "http_server_requests_seconds_bucket").containsAll(atFirstOccurrence);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            StringBuilder served = new StringBuilder();
            for (Service service : List.of(Service.PLAN, Service.TASK, Service.REPORTING, Service.NOTIFICATION)) {
                served.append(HTTP.send(HttpRequest.newBuilder(uri(service, "/actuator/prometheus")).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
            }
            Set<String> names = served.toString().lines().filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("[{ ]")[0]).collect(java.util.stream.Collectors.toSet());
            assertThat(names).containsAll(queried.stream().filter(metric -> !atFirstOccurrence.contains(metric)).toList());
        });
    }

    @Test
    void everyServiceInTheSameJvmServesItsOwnApiDescriptionAndSwaggerUiWithoutAToken() throws Exception {
        for (Service service : Service.values()) {
            HttpResponse<String> description = HTTP.send(HttpRequest.newBuilder(uri(service, "/v3/api-docs")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(description.statusCode()).as("GET /v3/api-docs of %s", service).isEqualTo(200);
            assertThat(JSON.readTree(description.body()).get("info").get("title").asString())
                    .isEqualTo(system.context(service).getEnvironment().getProperty("spring.application.name"));
            assertThat(HTTP.send(HttpRequest.newBuilder(uri(service, "/swagger-ui/index.html")).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode())
                    .as("Swagger UI of %s", service).isEqualTo(200);
        }
    }

    private HttpResponse<String> post(Service service, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A command with its {@code Idempotency-Key}. */
    private HttpResponse<String> post(Service service, String path, String json, String token, String key)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(Service service, String path, String contentType, String body) throws Exception {
        return send(service, path, contentType, "POST", body, office);
    }

    private HttpResponse<String> send(Service service, String path, String contentType, String method, String body,
            String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(service, path)).header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** As the office. */
    private JsonNode get(Service service, String path) throws Exception {
        return get(service, path, office);
    }

    private JsonNode get(Service service, String path, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(service, path)).GET()
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(Service service, String path) {
        return URI.create("http://127.0.0.1:" + system.port(service) + path);
    }

    /** A department of its own per test, so tests never see each other's units. */
    private static final class Department {
        final String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        final String vp = code + ".VP";
        final String qlkh = code + ".QLKH";
        final String qlcn = code + ".QLCN";
        final String cds = code + ".CDS";

        String plan(String number) {
            return """
                    {
                      "number": "%s",
                      "title": "Kế hoạch kiểm soát thủ tục hành chính năm 2026",
                      "departmentCode": "%s",
                      "issuedOn": "2026-11-20",
                      "tasks": [
                        {"number": "1", "content": "Rà soát, đánh giá thủ tục hành chính",
                         "leadUnits": ["%s"], "coordinatorUnits": ["%s", "%s"], "dueDate": "2026-12-31"},
                        {"number": "2", "content": "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                         "leadUnits": ["%s"], "coordinatorUnits": ["%s"], "dueDate": "2027-03-31"},
                        {"number": "3", "content": "Báo cáo tình hình thực hiện",
                         "leadUnits": ["%s"], "coordinatorUnits": []}
                      ]
                    }
                    """.formatted(number, code, vp, qlkh, qlcn, cds, vp, vp);
        }
    }
}
