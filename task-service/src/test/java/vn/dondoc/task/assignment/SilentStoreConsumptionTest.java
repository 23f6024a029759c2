package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * A store that stops answering without closing its connections (a network partition) holds
 * nothing for good: the consumer's and the relay's operations on those connections end at
 * {@code dondoc.store.read-timeout}, are tried again, and once the store answers again on new
 * connections the plan is assigned and its events published. Without the timeout the consumer
 * would wait on the dead connection forever.
 */
@SpringBootTest(properties = {
        "spring.config.name=task-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "dondoc.eventing.consumer.max-backoff=1s",
        "dondoc.store.read-timeout=2s"})
@EmbeddedKafka(partitions = 1)
class SilentStoreConsumptionTest {

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
        registry.add("spring.mongodb.database", () -> "task-silent-" + UUID.randomUUID());
    }

    @Test
    void assignsAndPublishesAPlanIssuedWhileTheStoreWasSilentOnceItAnswersAgain() {
        TopicRecords topics = new TopicRecords(environment.getProperty("spring.kafka.bootstrap-servers"));
        String before = UUID.randomUUID().toString();
        send(topics, before);
        await().atMost(Duration.ofSeconds(30)).until(() -> published(before));
        double retriedBefore = retried();

        String during = UUID.randomUUID().toString();
        STORE.silence();
        try {
            send(topics, during);
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

    private static void send(TopicRecords topics, String planId) {
        topics.sendCloudEvent(Topics.PLAN_ISSUED, planId, "i-" + planId, EventTypes.PLAN_ISSUED,
                EventJson.write(new PlanIssued("i-" + planId, Instant.parse("2026-01-10T02:00:00Z"), planId,
                        "258/KH-SKHCN", "Kế hoạch", "SKHCN", LocalDate.of(2026, 1, 10), List.of(
                                new PlanIssued.Task("T1", "1", "Rà soát", List.of("SKHCN.VP"), List.of("SKHCN.CDS"),
                                        LocalDate.of(2026, 3, 31))))));
    }
}
