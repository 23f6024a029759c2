package vn.dondoc.reporting.unitfigures.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * The lifecycle topics are consumed a poll at a time (here {@code task-withdrawn}, as a withdrawn
 * plan sends it for all its assignments at once): the facts of a poll are stored together, a record
 * that cannot be read goes alone to the dead-letter topic while the others are kept, and the same
 * poll delivered again adds nothing.
 */
class LifecycleBatchTest extends ReportingHttpTest {

    private static final String DEAD_LETTERS = "error.task-withdrawn.reporting-service";

    @Autowired
    MongoOperations mongo;

    @Test
    void storesTheFactsOfABatchDeadLettersTheUnreadableOneAndAddsNothingWhenItComesAgain() {
        String unit = "SKHCN.LB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<Record> readable = new ArrayList<>();
        for (int task = 1; task <= 5; task++) {
            readable.add(withdrawn(unit, "T" + task));
        }
        TopicRecords topics = topics();

        String brokenId = topics.sendAllWithUnreadable(Topics.TASK_WITHDRAWN, readable, 2, unit, EventTypes.TASK_WITHDRAWN);

        topics.awaitDeadLetter(DEAD_LETTERS, brokenId, unit, Topics.TASK_WITHDRAWN, "cannot read TaskWithdrawn");
        await().atMost(Duration.ofSeconds(30)).until(() -> factsOf(unit) == 5);

        String marker = unit + "M";
        List<Record> again = new ArrayList<>(readable);
        again.add(withdrawn(marker, "T1"));
        topics.sendAll(Topics.TASK_WITHDRAWN, again);
        await().atMost(Duration.ofSeconds(30)).until(() -> factsOf(marker) == 1);
        assertThat(factsOf(unit)).isEqualTo(5);
    }

    private static Record withdrawn(String unit, String task) {
        String id = UUID.randomUUID().toString();
        String json = """
                {"eventId":"%s","occurredAt":"2026-11-20T02:00:00Z","assignmentId":"PL:%s:%s","planId":"PL",
                 "taskId":"%s","unitCode":"%s","actor":"van-phong"}""".formatted(id, task, unit, task, unit);
        return new Record(unit, TopicRecords.cloudEventHeaders(id, EventTypes.TASK_WITHDRAWN), json);
    }

    private long factsOf(String unit) {
        return mongo.count(Query.query(Criteria.where("unitCode").is(unit).and("kind").is("WITHDRAWN")),
                "assignment_lifecycle");
    }
}
