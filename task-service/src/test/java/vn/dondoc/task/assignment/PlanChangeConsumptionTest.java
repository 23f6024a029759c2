package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.PlanAmended;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.contracts.PlanWithdrawn;
import vn.dondoc.contracts.TaskAssignmentChanged;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.EventJson;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.plan.PlanCopy;
import vn.dondoc.task.planning.PlanNotYetKnownException;
import vn.dondoc.task.planning.TaskAssignment;
import vn.dondoc.task.status.AssignmentStatusPolicy;
import vn.dondoc.vocabulary.AssignmentStatus;

@SpringBootTest(properties = {
        "spring.config.name=task-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "dondoc.eventing.consumer.max-backoff=1s"})
@EmbeddedKafka(partitions = 1)
class PlanChangeConsumptionTest {

    static final Instant AT = Instant.parse("2026-01-10T02:00:00Z");
    static final LocalDate MARCH = LocalDate.of(2026, 3, 31);
    static final LocalDate APRIL = LocalDate.of(2026, 4, 30);

    @Autowired
    Assignments assignments;

    @Autowired
    AssignmentActions actions;

    @Autowired
    TaskAssignment taskAssignment;

    @Autowired
    MongoOperations mongo;

    @Autowired
    Environment environment;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-plan-change-" + UUID.randomUUID());
    }

    @Test
    void withdrawsEveryOpenAssignmentOfAWithdrawnPlanOnceEvenWhenTheWithdrawalArrivesTwice() {
        TopicRecords topics = topics();
        String planId = issue(topics, List.of(task("T1", List.of("SKHCN.VP"), List.of("SKHCN.CDS"), MARCH),
                task("T2", List.of("SKHCN.QLKH"), List.of(), null)), 3);
        String lead = Assignment.idOf(planId, "T1", "SKHCN.VP");
        actions.act(lead, new AssignmentCommand.SubmitResult("Đã rà soát"), "vp", "r1");
        actions.act(lead, new AssignmentCommand.ReviewResult(true, null), "office", "r2");

        String withdrawn = EventJson.write(new PlanWithdrawn("w-" + planId, AT, planId, "257/KH-SKHCN",
                "SKHCN", "Ban hành kế hoạch thay thế"));
        topics.sendCloudEvent(Topics.PLAN_WITHDRAWN, planId, "w-" + planId, EventTypes.PLAN_WITHDRAWN,
                withdrawn);
        topics.sendCloudEvent(Topics.PLAN_WITHDRAWN, planId, "w-" + planId, EventTypes.PLAN_WITHDRAWN,
                withdrawn);
        String sentinel = "sentinel-" + planId;
        topics.sendCloudEvent(Topics.PLAN_WITHDRAWN, planId, "w-" + sentinel, EventTypes.PLAN_WITHDRAWN,
                EventJson.write(new PlanWithdrawn("w-" + sentinel, AT, sentinel, "1/KH-X", "X", null)));

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(sentinel, PlanCopy.class) != null);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(assignments.findByPlanIdOrderByIdAsc(planId))
                        .allSatisfy(a -> assertThat(a.pendingEvents()).isEmpty()));
        List<ConsumerRecord<String, byte[]>> events = about(topics, Topics.TASK_WITHDRAWN, planId);
        assertThat(events).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("SKHCN.CDS", "SKHCN.QLKH");
        assertThat(events).allSatisfy(record -> {
            assertThat(header(record, "ce_type")).isEqualTo(EventTypes.TASK_WITHDRAWN);
            assertThat(value(record)).contains("\"actor\":\"system\"").contains(
                    "\"reason\":\"Kế hoạch 257/KH-SKHCN bị thu hồi: Ban hành kế hoạch thay thế\"");
        });
        assertThat(assignments.findByPlanIdOrderByIdAsc(planId))
                .extracting((Assignment a) -> a.origin().unitCode(), (Assignment a) -> a.work().status()).containsExactly(
                        tuple("SKHCN.CDS", AssignmentStatus.WITHDRAWN),
                        tuple("SKHCN.VP", AssignmentStatus.COMPLETED),
                        tuple("SKHCN.QLKH", AssignmentStatus.WITHDRAWN));
        assertThat(assignments.findById(Assignment.idOf(planId, "T2", "SKHCN.QLKH")).orElseThrow()
                .history()).extracting(HistoryEntry::action, HistoryEntry::actor, HistoryEntry::requestId)
                .containsExactly(tuple("Assign", "system", "task-assigned"),
                        tuple("Withdraw", "system", "plan-withdrawn"));
    }

    @Test
    void aPlanWithdrawnBeforeItArrivesAssignsNobody() {
        String planId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.PLAN_WITHDRAWN, planId, "w-" + planId, EventTypes.PLAN_WITHDRAWN,
                EventJson.write(new PlanWithdrawn("w-" + planId, AT, planId, "9/KH-SKHCN", "SKHCN", null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(planId, PlanCopy.class) != null);

        int created = taskAssignment.assign(new IssuedPlan(planId, "9/KH-SKHCN", "SKHCN",
                List.of(new IssuedPlan.Task("T1", "1", "Rà soát", List.of("SKHCN.VP"), List.of(), MARCH))));

        assertThat(created).isZero();
        assertThat(assignments.findByPlanIdOrderByIdAsc(planId)).isEmpty();
    }

    @Test
    void anAmendmentThatArrivesBeforeItsPlanWaitsForThePlanAndIsThenApplied() {
        TopicRecords topics = topics();
        String planId = UUID.randomUUID().toString();
        double waitedBefore = waitedForAPlan();
        topics.sendCloudEvent(Topics.PLAN_AMENDED, planId, "a2-" + planId, EventTypes.PLAN_AMENDED,
                EventJson.write(new PlanAmended("a2-" + planId, AT, planId, "257/KH-SKHCN", "SKHCN", 2,
                        "Điều chỉnh tiến độ", List.of("Sửa nhiệm vụ 1"), "Kế hoạch",
                        List.of(task("T1", List.of("SKHCN.VP"), List.of("SKHCN.QLCN"), APRIL)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitedForAPlan() >= waitedBefore + 2);

        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, "i-" + planId, EventTypes.PLAN_ISSUED,
                EventJson.write(new PlanIssued("i-" + planId, AT, planId, "257/KH-SKHCN", "Kế hoạch",
                        "SKHCN", LocalDate.of(2026, 1, 10),
                        List.of(task("T1", List.of("SKHCN.VP"), List.of("SKHCN.CDS"), MARCH)))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(assignments.findByPlanIdOrderByIdAsc(planId))
                        .extracting((Assignment a) -> a.origin().unitCode(), (Assignment a) -> a.work().status(), (Assignment a) -> a.deadline().dueDate())
                        .containsExactly(
                                tuple("SKHCN.CDS", AssignmentStatus.WITHDRAWN, MARCH),
                                tuple("SKHCN.QLCN", AssignmentStatus.NOT_STARTED, APRIL),
                                tuple("SKHCN.VP", AssignmentStatus.NOT_STARTED, APRIL)));
        assertThat(topics.all("error.plan-amended.task-service", Duration.ofMillis(500)))
                .noneSatisfy(record -> assertThat(header(record, "ce_id")).isEqualTo("a2-" + planId));
    }

    private double waitedForAPlan() {
        return meters.find("dondoc.events.retried").tags("topic", Topics.PLAN_AMENDED,
                "reason", PlanNotYetKnownException.class.getSimpleName()).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    @Test
    void anAmendedPlanAssignsNewUnitsWithdrawsRemovedOnesAndMovesDeadlinesOnceEachEvenWhenRedelivered() {
        TopicRecords topics = topics();
        String planId = issue(topics, List.of(task("T1", List.of("SKHCN.VP"), List.of("SKHCN.CDS"), MARCH),
                task("T2", List.of("SKHCN.QLKH"), List.of(), null)), 3);
        List<PlanIssued.Task> version2 = List.of(
                task("T1", List.of("SKHCN.VP"), List.of("SKHCN.QLCN"), APRIL),
                task("T3", List.of("SKHCN.KHTC"), List.of(), LocalDate.of(2026, 6, 30)));
        amendTwiceThenAdd(topics, planId, "Điều chỉnh tiến độ", version2,
                task("T4", List.of("SKHCN.CDS"), List.of(), null));

        assertThat(about(topics, Topics.TASK_ASSIGNED, planId)).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("SKHCN.VP", "SKHCN.CDS", "SKHCN.QLKH", "SKHCN.QLCN",
                        "SKHCN.KHTC", "SKHCN.CDS");
        assertThat(about(topics, Topics.TASK_WITHDRAWN, planId)).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("SKHCN.CDS", "SKHCN.QLKH");
        assertThat(about(topics, Topics.TASK_DUE_DATE_CHANGED, planId)).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("SKHCN.VP");
            assertThat(header(record, "ce_type")).isEqualTo(EventTypes.TASK_DUE_DATE_CHANGED);
            assertThat(value(record)).contains("\"previousDueDate\":\"2026-03-31\"")
                    .contains("\"dueDate\":\"2026-04-30\"").contains("\"planVersion\":2");
        });
        Assignment lead = assignments.findById(Assignment.idOf(planId, "T1", "SKHCN.VP")).orElseThrow();
        assertThat(lead.deadline().dueDate()).isEqualTo(APRIL);
        assertThat(lead.deadline().originalDueDate()).isEqualTo(APRIL);
        assertThat(lead.history()).extracting(HistoryEntry::action)
                .containsExactly("Assign", "ChangeDueDate");
        assertThat(assignments.findById(Assignment.idOf(planId, "T1", "SKHCN.QLCN")).orElseThrow()
                .deadline().dueDate()).isEqualTo(APRIL);
        assertThat(assignments.findByPlanIdOrderByIdAsc(planId))
                .extracting((Assignment a) -> a.origin().taskId(), (Assignment a) -> a.origin().unitCode(), (Assignment a) -> a.work().status())
                .containsExactlyInAnyOrder(
                        tuple("T1", "SKHCN.VP", AssignmentStatus.NOT_STARTED),
                        tuple("T1", "SKHCN.CDS", AssignmentStatus.WITHDRAWN),
                        tuple("T1", "SKHCN.QLCN", AssignmentStatus.NOT_STARTED),
                        tuple("T2", "SKHCN.QLKH", AssignmentStatus.WITHDRAWN),
                        tuple("T3", "SKHCN.KHTC", AssignmentStatus.NOT_STARTED),
                        tuple("T4", "SKHCN.CDS", AssignmentStatus.NOT_STARTED));
        assertThat(mongo.findById(planId, PlanCopy.class).planVersion()).isEqualTo(3);
    }

    @Test
    void anAmendedPlanMovesAUnitBetweenLeadAndCoordinatorAndCopiesTheNewContentIntoOpenAssignmentsOnce() {
        TopicRecords topics = topics();
        String planId = issue(topics, List.of(task("T1", List.of("SKHCN.VP"), List.of("SKHCN.CDS"), MARCH),
                task("T2", List.of("SKHCN.QLKH"), List.of(), MARCH)), 3);
        String vp = Assignment.idOf(planId, "T1", "SKHCN.VP");
        String cds = Assignment.idOf(planId, "T1", "SKHCN.CDS");
        String qlkh = Assignment.idOf(planId, "T2", "SKHCN.QLKH");
        actions.act(vp, new AssignmentCommand.ReportProgress(40, "Đang rà soát"), "vp", "p1");
        actions.act(qlkh, new AssignmentCommand.SubmitResult("Đã xong"), "qlkh", "s1");
        actions.act(qlkh, new AssignmentCommand.ReviewResult(true, null), "office", "r1");
        List<PlanIssued.Task> version2 = List.of(
                new PlanIssued.Task("T1", "1.1", "Rà soát, đơn giản hóa thủ tục hành chính",
                        List.of("SKHCN.CDS"), List.of("SKHCN.VP"), MARCH),
                new PlanIssued.Task("T2", "2", "Nhiệm vụ T2 đã sửa", List.of("SKHCN.QLKH"), List.of(), MARCH));
        amendTwiceThenAdd(topics, planId, "Đổi đơn vị chủ trì", version2,
                task("T3", List.of("SKHCN.KHTC"), List.of(), null));
        List<ConsumerRecord<String, byte[]>> changes = about(topics, Topics.TASK_ASSIGNMENT_CHANGED, planId);
        assertThat(changes).allSatisfy(record -> {
            assertThat(header(record, "ce_type")).isEqualTo(EventTypes.TASK_ASSIGNMENT_CHANGED);
            assertThat(header(record, "ce_subject")).isEqualTo(record.key().equals("SKHCN.VP") ? vp : cds);
        });
        assertThat(changes).extracting(record -> {
            TaskAssignmentChanged event = EventJson.read(record.value(), TaskAssignmentChanged.class);
            assertThat(event.eventId()).isEqualTo(header(record, "ce_id"));
            return tuple(record.key(), event.assignmentId(), event.taskId(), event.actor(), event.previousRole(),
                    event.role(), event.previousTaskNumber(), event.taskNumber(), event.previousTaskContent(),
                    event.taskContent(), event.previousLeadUnits(), event.leadUnits(), event.planVersion(),
                    event.reason());
        }).containsExactlyInAnyOrder(
                tuple("SKHCN.VP", vp, "T1", "system", AssignmentRole.LEAD, AssignmentRole.COORDINATOR, "1", "1.1",
                        "Nhiệm vụ T1", "Rà soát, đơn giản hóa thủ tục hành chính", List.of("SKHCN.VP"),
                        List.of("SKHCN.CDS"), 2, "Đổi đơn vị chủ trì"),
                tuple("SKHCN.CDS", cds, "T1", "system", AssignmentRole.COORDINATOR, AssignmentRole.LEAD, "1", "1.1",
                        "Nhiệm vụ T1", "Rà soát, đơn giản hóa thủ tục hành chính", List.of("SKHCN.VP"),
                        List.of("SKHCN.CDS"), 2, "Đổi đơn vị chủ trì"));
        assertThat(about(topics, Topics.TASK_WITHDRAWN, planId)).isEmpty();

        Assignment demoted = assignments.findById(vp).orElseThrow();
        assertThat(demoted).extracting((Assignment a) -> a.terms().role(), (Assignment a) -> a.work().status(), (Assignment a) -> a.work().progressPercent(),
                (Assignment a) -> a.terms().taskNumber(), (Assignment a) -> a.terms().taskContent(), (Assignment a) -> a.terms().leadUnits()).containsExactly(
                AssignmentRole.COORDINATOR, AssignmentStatus.NOT_STARTED, 0, "1.1",
                "Rà soát, đơn giản hóa thủ tục hành chính", List.of("SKHCN.CDS"));
        assertThat(demoted.history()).extracting(HistoryEntry::action, HistoryEntry::actor,
                HistoryEntry::requestId, HistoryEntry::statusAfter).containsExactly(
                tuple("Assign", "system", "task-assigned", AssignmentStatus.NOT_STARTED),
                tuple("ReportProgress", "vp", "p1", AssignmentStatus.IN_PROGRESS),
                tuple("ChangeAssignment", "system", "plan-amended:v2:assignment", AssignmentStatus.NOT_STARTED));
        assertThat(demoted.history().get(2).detail()).isEqualTo("Kế hoạch sửa đổi (phiên bản 2): "
                + "vai trò chủ trì → phối hợp; số thứ tự nhiệm vụ 1 → 1.1; nội dung «Nhiệm vụ T1» → "
                + "«Rà soát, đơn giản hóa thủ tục hành chính»; đơn vị chủ trì SKHCN.VP → SKHCN.CDS "
                + "(Đổi đơn vị chủ trì)");
        assertThat(AssignmentStatusPolicy.derive(demoted, demoted.history().get(2).on()).progress())
                .isEqualTo(AssignmentStatus.NOT_STARTED);
        Assignment promoted = assignments.findById(cds).orElseThrow();
        assertThat(promoted).extracting((Assignment a) -> a.terms().role(), (Assignment a) -> a.work().status(), (Assignment a) -> a.terms().taskContent(),
                (Assignment a) -> a.terms().leadUnits()).containsExactly(AssignmentRole.LEAD, AssignmentStatus.NOT_STARTED,
                "Rà soát, đơn giản hóa thủ tục hành chính", List.of("SKHCN.CDS"));
        assertThat(promoted.history()).extracting(HistoryEntry::action).containsExactly("Assign", "ChangeAssignment");
        Assignment completed = assignments.findById(qlkh).orElseThrow();
        assertThat(completed.terms().taskContent()).as("a completed assignment is not changed").isEqualTo("Nhiệm vụ T2");
        assertThat(completed.history()).extracting(HistoryEntry::action)
                .containsExactly("Assign", "SubmitResult", "ReviewResult");

        assertThat(actions.act(cds, new AssignmentCommand.Acknowledge(), "cds", "k1").work().status())
                .as("the new lead works the lead's flow").isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThatThrownBy(() -> actions.act(vp, new AssignmentCommand.ReportProgress(50, null), "vp", "p2"))
                .as("the former lead is a coordinator now").isInstanceOf(IllegalTransitionException.class);
    }

    /**
     * Amends the plan to version 2 (delivered twice: a redelivery), then to version 3, which adds
     * {@code added} (one lead, no coordinator); returns once its assignment is stored and every event
     * of the plan is published.
     */
    private void amendTwiceThenAdd(TopicRecords topics, String planId, String reason,
            List<PlanIssued.Task> version2, PlanIssued.Task added) {
        String amended = EventJson.write(new PlanAmended("a2-" + planId, AT, planId, "257/KH-SKHCN",
                "SKHCN", 2, reason, List.of("Sửa nhiệm vụ 1"), "Kế hoạch", version2));
        topics.sendCloudEvent(Topics.PLAN_AMENDED, planId, "a2-" + planId, EventTypes.PLAN_AMENDED, amended);
        topics.sendCloudEvent(Topics.PLAN_AMENDED, planId, "a2-" + planId, EventTypes.PLAN_AMENDED, amended);
        List<PlanIssued.Task> version3 = new ArrayList<>(version2);
        version3.add(added);
        topics.sendCloudEvent(Topics.PLAN_AMENDED, planId, "a3-" + planId, EventTypes.PLAN_AMENDED,
                EventJson.write(new PlanAmended("a3-" + planId, AT, planId, "257/KH-SKHCN", "SKHCN", 3,
                        null, List.of("Thêm nhiệm vụ " + added.number()), "Kế hoạch", version3)));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                assignments.existsById(Assignment.idOf(planId, added.taskId(), added.leadUnits().get(0))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(assignments.findByPlanIdOrderByIdAsc(planId))
                        .allSatisfy(a -> assertThat(a.pendingEvents()).isEmpty()));
    }

    private String issue(TopicRecords topics, List<PlanIssued.Task> tasks, int assignmentCount) {
        String planId = UUID.randomUUID().toString();
        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, "i-" + planId, EventTypes.PLAN_ISSUED,
                EventJson.write(new PlanIssued("i-" + planId, AT, planId, "257/KH-SKHCN", "Kế hoạch",
                        "SKHCN", LocalDate.of(2026, 1, 10), tasks)));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(about(topics, Topics.TASK_ASSIGNED, planId)).hasSize(assignmentCount));
        return planId;
    }

    static PlanIssued.Task task(String id, List<String> leads, List<String> coordinators, LocalDate due) {
        return new PlanIssued.Task(id, id.substring(1), "Nhiệm vụ " + id, leads, coordinators, due);
    }

    private TopicRecords topics() {
        return new TopicRecords(environment.getProperty("spring.kafka.bootstrap-servers"));
    }

    private static List<ConsumerRecord<String, byte[]>> about(TopicRecords topics, String topic,
            String planId) {
        return topics.all(topic, Duration.ofMillis(500)).stream()
                .filter(record -> value(record).contains("\"planId\":\"" + planId + "\""))
                .toList();
    }
}
