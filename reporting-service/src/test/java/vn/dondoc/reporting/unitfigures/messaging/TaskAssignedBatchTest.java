package vn.dondoc.reporting.unitfigures.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.eventing.testing.TopicRecords.Record;
import vn.dondoc.reporting.ReportingHttpTest;

/**
 * {@code task-assigned} is consumed a poll at a time: records sent together are counted together, a
 * record that cannot be read goes alone to the dead-letter topic with its reason while the others of
 * its batch are counted, and the same batch delivered again changes no count and publishes no new
 * {@code assignment-status} record.
 */
class TaskAssignedBatchTest extends ReportingHttpTest {

    private static final String DEAD_LETTERS = "error.task-assigned.reporting-service";

    @Autowired
    MongoOperations mongo;

    @Test
    void countsTheReadableRecordsOfABatchAndDeadLettersTheOneThatCannotBeRead() {
        String unit = unique("SKHCN.BA");
        String other = unique("SKHCN.BB");
        List<Record> readable = new ArrayList<>();
        for (int task = 1; task <= 3; task++) {
            readable.add(assigned("T" + task, unit, "LEAD"));
            readable.add(assigned("T" + task, other, "COORDINATOR"));
        }
        TopicRecords topics = topics();

        String brokenId = topics.sendAllWithUnreadable(Topics.TASK_ASSIGNED, readable, 2, unit, EventTypes.TASK_ASSIGNED);

        topics.awaitDeadLetter(DEAD_LETTERS, brokenId, unit, Topics.TASK_ASSIGNED, "cannot read TaskAssigned");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(assignmentsOf(unit)).isEqualTo(3);
            assertThat(assignmentsOf(other)).isEqualTo(3);
        });
        assertThat(deadLettersOf(topics, unit)).hasSize(1);
        assertThat(deadLettersOf(topics, other)).isEmpty();
    }

    @Test
    void aBatchDeliveredAgainChangesNoCountAndPublishesNoNewStatus() {
        String unit = unique("SKHCN.BR");
        List<Record> batch = new ArrayList<>();
        for (int task = 1; task <= 5; task++) {
            batch.add(assigned("T" + task, unit, "LEAD"));
        }
        TopicRecords topics = topics();
        topics.sendAll(Topics.TASK_ASSIGNED, batch);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(assignmentsOf(unit)).isEqualTo(5);
            assertThat(statusesOf(topics, unit)).hasSize(5);
        });

        String marker = unique("SKHCN.BM");
        List<Record> again = new ArrayList<>(batch);
        again.add(assigned("T1", marker, "LEAD"));
        topics.sendAll(Topics.TASK_ASSIGNED, again);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(assignmentsOf(marker)).isEqualTo(1);
            assertThat(statusesOf(topics, marker)).hasSize(1);
        });
        assertThat(assignmentsOf(unit)).isEqualTo(5);
        assertThat(statusesOf(topics, unit)).hasSize(5);
        assertThat(deadLettersOf(topics, unit)).isEmpty();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static Record assigned(String task, String unit, String role) {
        String id = UUID.randomUUID().toString();
        String json = """
                {"eventId":"%s","occurredAt":"2026-10-01T02:00:00Z","assignmentId":"PB:%s:%s","planId":"PB",
                 "departmentCode":"SKHCN","taskId":"%s","unitCode":"%s","role":"%s","leadUnits":[],
                 "dueDate":"2026-12-31"}""".formatted(id, task, unit, task, unit, role);
        return new Record(unit, TopicRecords.cloudEventHeaders(id, EventTypes.TASK_ASSIGNED), json);
    }

    private long assignmentsOf(String unit) {
        return mongo.count(Query.query(Criteria.where("unitCode").is(unit)), "assigned_tasks");
    }

    private static List<ConsumerRecord<String, byte[]>> statusesOf(TopicRecords topics, String unit) {
        return topics.all(Topics.ASSIGNMENT_STATUS, Duration.ofMillis(500)).stream()
                .filter(record -> record.key() != null && record.key().endsWith(":" + unit)).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettersOf(TopicRecords topics, String unit) {
        return topics.all(DEAD_LETTERS, Duration.ofMillis(300)).stream().filter(record -> unit.equals(record.key()))
                .toList();
    }
}
