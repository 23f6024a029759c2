package vn.dondoc.notification.routing;

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
import vn.dondoc.notification.NotificationServiceTest;

/**
 * {@code task-assigned} is consumed a poll at a time: records sent together are stored together, a
 * record that cannot be read goes alone to the dead-letter topic with its reason while the others of
 * its batch are stored, and the same batch delivered again adds nothing.
 */
class TaskAssignedBatchTest extends NotificationServiceTest {

    private static final String DEAD_LETTERS = "error.task-assigned.notification-service";

    @Autowired
    MongoOperations mongo;

    @Test
    void storesTheReadableRecordsOfABatchAndDeadLettersTheOneThatCannotBeRead() {
        String dept = unique("B");
        String withoutContact = dept + ".VP";
        String byEmail = dept + ".CDS";
        contact(byEmail, "cds@" + dept.toLowerCase() + ".example.vn");
        String plan = UUID.randomUUID().toString();
        List<Record> readable = new ArrayList<>();
        for (int task = 1; task <= 3; task++) {
            readable.add(assigned(plan, "T" + task, withoutContact, "LEAD", List.of(withoutContact)));
            readable.add(assigned(plan, "T" + task, byEmail, "COORDINATOR", List.of(withoutContact)));
        }
        TopicRecords topics = topics();

        String brokenId = topics.sendAllWithUnreadable(Topics.TASK_ASSIGNED, readable, 2, withoutContact, EventTypes.TASK_ASSIGNED);

        topics.awaitDeadLetter(DEAD_LETTERS, brokenId, withoutContact, Topics.TASK_ASSIGNED, "cannot read TaskAssigned");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/units/" + withoutContact + "/notifications")).hasSize(3);
            assertThat(get("/units/" + byEmail + "/notifications")).hasSize(3);
            assertThat(countOf("assignments", "unitCode", withoutContact)).isEqualTo(3);
            assertThat(countOf("assignments", "unitCode", byEmail)).isEqualTo(3);
            assertThat(get("/deliveries?unit=" + withoutContact + "&status=UNDELIVERABLE")).hasSize(3);
            assertThat(countOf("digest-items", "unitCode", byEmail)).isEqualTo(3);
        });
        assertThat(get("/units/" + byEmail + "/notifications").get(0).get("body").asString())
                .contains("phối hợp với " + withoutContact);
        assertThat(deadLettersOf(topics, withoutContact)).hasSize(1);
    }

    @Test
    void aBatchDeliveredAgainAddsNoDocument() {
        String dept = unique("R");
        String unit = dept + ".VP";
        String plan = UUID.randomUUID().toString();
        List<Record> batch = new ArrayList<>();
        for (int task = 1; task <= 5; task++) {
            batch.add(assigned(plan, "T" + task, unit, "LEAD", List.of(unit)));
        }
        TopicRecords topics = topics();
        topics.sendAll(Topics.TASK_ASSIGNED, batch);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(get("/units/" + unit + "/notifications")).hasSize(5));

        String marker = dept + ".MARK";
        List<Record> again = new ArrayList<>(batch);
        again.add(assigned(plan, "T1", marker, "LEAD", List.of(marker)));
        topics.sendAll(Topics.TASK_ASSIGNED, again);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(get("/units/" + marker + "/notifications")).hasSize(1));
        assertThat(get("/units/" + unit + "/notifications")).hasSize(5);
        assertThat(countOf("assignments", "unitCode", unit)).isEqualTo(5);
        assertThat(get("/deliveries?unit=" + unit + "&status=UNDELIVERABLE")).hasSize(5);
        assertThat(deadLettersOf(topics, unit)).isEmpty();
    }

    private static Record assigned(String plan, String task, String unit, String role, List<String> leads) {
        String id = UUID.randomUUID().toString();
        String dept = unit.substring(0, unit.indexOf('.'));
        String json = """
                {"eventId":"%s","occurredAt":"2026-10-01T02:00:00Z","assignmentId":"%s:%s:%s","planId":"%s",
                 "taskId":"%s","unitCode":"%s","planNumber":"185/KH-%s","departmentCode":"%s","taskNumber":"%s",
                 "taskContent":"Rà soát thủ tục hành chính %s","role":"%s","leadUnits":["%s"],"dueDate":"2026-12-31"}"""
                .formatted(id, plan, task, unit, plan, task, unit, dept, dept, task.substring(1), task, role,
                        String.join("\",\"", leads));
        return new Record(unit, TopicRecords.cloudEventHeaders(id, EventTypes.TASK_ASSIGNED), json);
    }

    private long countOf(String collection, String field, String value) {
        return mongo.count(Query.query(Criteria.where(field).is(value)), collection);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettersOf(TopicRecords topics, String unit) {
        return topics.all(DEAD_LETTERS, Duration.ofMillis(300)).stream().filter(record -> unit.equals(record.key()))
                .toList();
    }

    private void contact(String unit, String email) {
        assertThat(call("PUT", "/units/" + unit + "/contact", """
                {"emails": ["%s"], "channels": ["EMAIL"], "cadence": "DAILY_DIGEST"}
                """.formatted(email)).statusCode()).isEqualTo(200);
    }
}
