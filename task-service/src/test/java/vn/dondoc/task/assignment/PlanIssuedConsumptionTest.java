package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TopicRecords;

@SpringBootTest(properties = {
        "spring.config.name=task-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "logging.structured.format.console=ecs", "logging.config=classpath:logback-structured-test.xml"})
@EmbeddedKafka(partitions = 1)
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class PlanIssuedConsumptionTest {

    @Autowired
    Assignments assignments;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    org.springframework.core.env.Environment environment;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-test-" + UUID.randomUUID());
    }

    @Test
    void assignsEachUnitOnceAndPublishesOneTaskAssignedPerAssignmentEvenWhenThePlanArrivesTwice(
            org.springframework.boot.test.system.CapturedOutput output) {
        TopicRecords topics = topics();
        String planId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String plan = planIssued(eventId, planId);

        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED, plan);
        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED, plan);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(published(topics, planId)).hasSize(3));
        List<Assignment> stored = assignments.findByPlanIdOrderByIdAsc(planId);
        assertThat(stored).extracting((Assignment a) -> a.origin().unitCode(), (Assignment a) -> a.terms().role()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SKHCN.CDS", AssignmentRole.COORDINATOR),
                org.assertj.core.groups.Tuple.tuple("SKHCN.VP", AssignmentRole.LEAD),
                org.assertj.core.groups.Tuple.tuple("SKHCN.QLKH", AssignmentRole.LEAD));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(assignments.findByPlanIdOrderByIdAsc(planId))
                        .allSatisfy(assignment -> assertThat(assignment.pendingEvents()).isEmpty()));

        ConsumerRecord<String, byte[]> coordinator = published(topics, planId).stream()
                .filter(record -> "SKHCN.CDS".equals(record.key())).findFirst().orElseThrow();
        assertThat(header(coordinator, "ce_type")).isEqualTo(EventTypes.TASK_ASSIGNED);
        assertThat(header(coordinator, "ce_source")).isEqualTo("/dondoc/task-service");
        assertThat(header(coordinator, "ce_subject")).isEqualTo(planId + ":T1:SKHCN.CDS");
        assertThat(value(coordinator))
                .contains("\"assignmentId\":\"" + planId + ":T1:SKHCN.CDS\"")
                .contains("\"role\":\"COORDINATOR\"")
                .contains("\"leadUnits\":[\"SKHCN.VP\"]")
                .contains("\"taskContent\":\"Rà soát thủ tục hành chính\"")
                .contains("\"dueDate\":\"2026-03-31\"");
        assertThat(output.getOut().lines().filter(line -> line.contains("new assignments") && line.contains(planId)))
                .as("the consumer's structured log lines name the event they handle")
                .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{")
                        .contains("\"ce_id\":\"" + eventId + "\"").contains("\"ce_type\":\"" + EventTypes.PLAN_ISSUED + "\""));
    }

    @Test
    void sendsAnUnreadablePlanToTheDeadLetterTopicWithTheReasonAndGoesOnWithTheNext() {
        TopicRecords topics = topics();
        String badEventId = UUID.randomUUID().toString();
        String planId = UUID.randomUUID().toString();

        topics.sendCloudEvent(Topics.PLAN_ISSUED, "bad", badEventId, EventTypes.PLAN_ISSUED,
                "{\"eventId\":\"" + badEventId + "\",\"planId\":\"x\"");
        String goodEventId = UUID.randomUUID().toString();
        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, goodEventId, EventTypes.PLAN_ISSUED,
                planIssued(goodEventId, planId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = topics.all("error.plan-issued.task-service",
                    Duration.ofMillis(500));
            assertThat(dead).anySatisfy(record -> {
                assertThat(header(record, "ce_id")).isEqualTo(badEventId);
                assertThat(header(record, "x-exception-message")).contains("cannot read PlanIssued");
                assertThat(header(record, "x-exception-fqcn"))
                        .isEqualTo("vn.dondoc.eventing.MalformedEventException");
                assertThat(header(record, "x-original-topic")).isEqualTo(Topics.PLAN_ISSUED);
            });
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(assignments.findByPlanIdOrderByIdAsc(planId)).hasSize(3));
        assertThat(meters.get("dondoc.events.dead-lettered").tags("topic", Topics.PLAN_ISSUED,
                "reason", "MalformedEventException").counter().count()).isPositive();
    }

    @Test
    void deadLettersAPlanWithoutItsRequiredNumber() {
        TopicRecords topics = topics();
        String eventId = UUID.randomUUID().toString();
        String missingNumber = planIssued(eventId, "p-" + eventId).replace("\"number\":\"257/KH-SKHCN\",", "");

        topics.sendCloudEvent(Topics.PLAN_ISSUED, "p", eventId, EventTypes.PLAN_ISSUED, missingNumber);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(topics.all("error.plan-issued.task-service", Duration.ofMillis(500)))
                        .anySatisfy(record -> {
                            assertThat(header(record, "ce_id")).isEqualTo(eventId);
                            assertThat(header(record, "x-exception-message"))
                                    .contains("missing required field: number");
                        }));
    }

    private TopicRecords topics() {
        return new TopicRecords(environment.getProperty("spring.kafka.bootstrap-servers"));
    }

    private static List<ConsumerRecord<String, byte[]>> published(TopicRecords topics, String planId) {
        return topics.all(Topics.TASK_ASSIGNED, Duration.ofMillis(500)).stream()
                .filter(record -> value(record).contains("\"planId\":\"" + planId + "\""))
                .toList();
    }

    private static String planIssued(String eventId, String planId) {
        return """
                {"eventId":"%s","occurredAt":"2026-01-10T02:00:00Z","planId":"%s",
                 "number":"257/KH-SKHCN","title":"Kế hoạch cải cách hành chính năm 2026",
                 "departmentCode":"SKHCN","issuedOn":"2026-01-10","futureField":"ignored",
                 "tasks":[
                  {"taskId":"T1","number":"1","content":"Rà soát thủ tục hành chính",
                   "leadUnits":["SKHCN.VP"],"coordinatorUnits":["SKHCN.CDS","SKHCN.VP"],
                   "dueDate":"2026-03-31"},
                  {"taskId":"T2","number":"2","content":"Báo cáo định kỳ",
                   "leadUnits":["SKHCN.QLKH"],"coordinatorUnits":[],"dueDate":null}]}
                """.formatted(eventId, planId);
    }
}
