package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.EventJson;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.StoreLink;
import vn.dondoc.eventing.testing.TopicRecords;

/**
 * Issue 15, item 4: a store outage longer than the old retry budget (3 tries, about 1.5 s, then the
 * dead-letter topic) loses nothing. The store sits behind a {@link StoreLink} the test cuts.
 * <p>
 * And a store that stops answering without closing its connections (a network partition) holds
 * nothing for good: the consumer's and the relay's operations on those connections end at
 * {@code dondoc.store.read-timeout}, are tried again, and once the store answers again on new
 * connections the plan is assigned and its events published. Without the timeout the consumer
 * waited on the dead connection for good (the plan was still unassigned a minute after the store
 * answered again).
 */
@SpringBootTest(properties = {
        "spring.config.name=task-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "dondoc.eventing.consumer.max-backoff=1s",
        "dondoc.store.read-timeout=2s"})
@EmbeddedKafka(partitions = 1)
class StoreOutageConsumptionTest {

    static final StoreLink STORE = StoreLink.to(InMemoryMongo.connectionString());

    @Autowired
    Assignments assignments;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri",
                () -> STORE.connectionString("serverSelectionTimeoutMS=1000&connectTimeoutMS=500"));
        registry.add("spring.mongodb.database", () -> "task-outage-" + UUID.randomUUID());
    }

    @Test
    void assignsEveryPlanIssuedDuringAStoreOutageOnceTheStoreIsBackAndDeadLettersNone() {
        TopicRecords topics = new TopicRecords(environment.getProperty("spring.kafka.bootstrap-servers"));
        List<String> plans = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        double retriedBefore = retried();

        STORE.cut();
        try {
            plans.forEach(planId -> topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, "i-" + planId,
                    EventTypes.PLAN_ISSUED, planIssued(planId)));
            await().atMost(Duration.ofSeconds(30)).until(() -> retried() >= retriedBefore + 3);
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() ->
                    deadLettered(topics, plans).isEmpty());
        } finally {
            STORE.restore();
        }

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(plans).allSatisfy(planId ->
                        assertThat(assignments.findByPlanIdOrderByIdAsc(planId)).hasSize(2)));
        assertThat(deadLettered(topics, plans)).isEmpty();
    }

    @Test
    void assignsAndPublishesAPlanIssuedWhileTheStoreWasSilentOnceItAnswersAgain() {
        TopicRecords topics = new TopicRecords(environment.getProperty("spring.kafka.bootstrap-servers"));
        String before = UUID.randomUUID().toString();
        topics.sendCloudEvent(Topics.PLAN_ISSUED, before, "i-" + before, EventTypes.PLAN_ISSUED, planIssued(before));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> published(before));
        double retriedBefore = retried();

        String during = UUID.randomUUID().toString();
        STORE.silence();
        try {
            topics.sendCloudEvent(Topics.PLAN_ISSUED, during, "i-" + during, EventTypes.PLAN_ISSUED,
                    planIssued(during));
            await().atMost(Duration.ofSeconds(20)).until(() -> retried() > retriedBefore);
        } finally {
            STORE.restore();
        }

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> published(during));
        assertThat(assignments.findByPlanIdOrderByIdAsc(during)).hasSize(2);
    }

    /** Both assignments stored and their task-assigned acknowledged by the broker. */
    private boolean published(String planId) {
        List<Assignment> stored = assignments.findByPlanIdOrderByIdAsc(planId);
        return stored.size() == 2 && stored.stream().allMatch(assignment -> assignment.pendingEvents().isEmpty());
    }

    private double retried() {
        return meters.find("dondoc.events.retried").tag("topic", Topics.PLAN_ISSUED).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static List<String> deadLettered(TopicRecords topics, List<String> plans) {
        return topics.all("error.plan-issued.task-service", Duration.ofMillis(300)).stream()
                .map(record -> header(record, "ce_id"))
                .filter(id -> plans.stream().anyMatch(planId -> ("i-" + planId).equals(id))).toList();
    }

    private static String planIssued(String planId) {
        return EventJson.write(new PlanIssued("i-" + planId, Instant.parse("2026-01-10T02:00:00Z"), planId,
                "257/KH-SKHCN", "Kế hoạch", "SKHCN", LocalDate.of(2026, 1, 10), List.of(
                        new PlanIssued.Task("T1", "1", "Rà soát", List.of("SKHCN.VP"), List.of("SKHCN.CDS"),
                                LocalDate.of(2026, 3, 31)))));
    }
}
