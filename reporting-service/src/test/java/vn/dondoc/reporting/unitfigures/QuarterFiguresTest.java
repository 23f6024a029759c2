package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.reporting.unitfigures.Matrix.row;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.reporting.ReportingHttpTest;

/**
 * Domain guide §5 worked through the events: a plan's assignments and everything that happened to
 * them in Quý IV/2026 (window 15/09–14/12/2026), published on the broker as task-service would,
 * give each unit's exact matrix over HTTP; delivering every event again changes nothing.
 */
class QuarterFiguresTest extends ReportingHttpTest {

    @Autowired
    MongoOperations mongo;

    private final String qlkh = "Q" + UUID.randomUUID().toString().substring(0, 6) + ".QLKH";
    private final String cds = "Q" + UUID.randomUUID().toString().substring(0, 6) + ".CDS";

    private static final String QLKH_LEAD = row(2, 1, 3, 1, 1, 13, 1, 1, "75.0", "50.0");
    private static final String QLKH_COORDINATOR = row(0, 0, 1, 0, 1, 14, 0, 0, "0.0", "0.0");
    private static final String CDS_LEAD = row(1, 0, 0, 0, 1, 4, 0, 0, "50.0", "50.0");
    private static final String CDS_COORDINATOR = row(0, 0, 0, 0, 0, 0, 0, 0, "null", "null");

    @Test
    void countsEachUnitsQuarterFromTheTaskEventsAndIgnoresRedelivery() throws Exception {
        clock.setDay(2026, 12, 20);
        try (TaskEventFeed feed = new TaskEventFeed(brokers())) {
            // QLKH, lead: accepted in time; accepted late (judged by the submission date).
            feed.assigned(qlkh, "A1", "LEAD", "2026-10-31", "FIXED_DEADLINE", "2026-09-20");
            feed.submitted(qlkh, "A1", "2026-10-25");
            feed.accepted(qlkh, "A1", "2026-10-25", "2026-10-28");
            feed.assigned(qlkh, "A2", "LEAD", "2026-11-15", "FIXED_DEADLINE", "2026-09-20");
            feed.submitted(qlkh, "A2", "2026-11-20");
            feed.accepted(qlkh, "A2", "2026-11-20", "2026-11-22");
            // Extended before its deadline passed (a rejected request changes nothing): within deadline.
            feed.assigned(qlkh, "A3", "LEAD", "2026-11-30", "FIXED_DEADLINE", "2026-09-20");
            feed.extensionRejected(qlkh, "A3", "2026-11-30", "2026-11-10");
            feed.extended(qlkh, "A3", "2026-11-30", "2026-12-20", "2026-11-25");
            // Returned for rework: open again, 13 days overdue at the cut-off.
            feed.assigned(qlkh, "A4", "LEAD", "2026-12-01", "FIXED_DEADLINE", "2026-09-20");
            feed.submitted(qlkh, "A4", "2026-11-28");
            feed.returned(qlkh, "A4", "2026-12-02");
            // Due in two days: within deadline, due soon.
            feed.assigned(qlkh, "A5", "LEAD", "2026-12-16", "FIXED_DEADLINE", "2026-09-20");
            // Assigned last quarter, withdrawn in this one.
            feed.assigned(qlkh, "A6", "LEAD", "2026-10-15", "FIXED_DEADLINE", "2026-08-01");
            feed.withdrawn(qlkh, "A6", "2026-10-10");
            feed.assigned(qlkh, "A7", "LEAD", null, "CONTINUOUS", "2026-09-20");
            // Completed last quarter: not in this one.
            feed.assigned(qlkh, "A8", "LEAD", "2026-09-30", "FIXED_DEADLINE", "2026-08-01");
            feed.accepted(qlkh, "A8", "2026-09-08", "2026-09-10");
            // Refused by the unit: no longer owed.
            feed.assigned(qlkh, "A9", "LEAD", "2026-12-10", "FIXED_DEADLINE", "2026-09-20");
            feed.refused(qlkh, "A9", "2026-09-25");
            // Submitted in time, accepted after the cut-off: at the cut-off awaiting review, within deadline.
            feed.assigned(qlkh, "A10", "LEAD", "2026-12-05", "FIXED_DEADLINE", "2026-09-20");
            feed.submitted(qlkh, "A10", "2026-12-03");
            feed.accepted(qlkh, "A10", "2026-12-03", "2026-12-16");
            // The review is read before its assignment: kept and counted once the assignment arrives.
            feed.accepted(qlkh, "A11", "2026-11-05", "2026-11-06");
            // Assigned after the cut-off: next quarter.
            feed.assigned(qlkh, "A12", "LEAD", "2027-01-31", "FIXED_DEADLINE", "2026-12-18");
            feed.assigned(qlkh, "C1", "COORDINATOR", "2026-11-30", "FIXED_DEADLINE", "2026-09-20");
            feed.assigned(qlkh, "C2", "COORDINATOR", "2027-03-31", "FIXED_DEADLINE", "2026-09-20");
            // CDS, lead: accepted in time; extended, then the amended plan set an earlier deadline.
            feed.assigned(cds, "B1", "LEAD", "2026-10-20", "FIXED_DEADLINE", "2026-09-16");
            feed.submitted(cds, "B1", "2026-10-19");
            feed.accepted(cds, "B1", "2026-10-19", "2026-10-23");
            feed.assigned(cds, "B2", "LEAD", "2026-11-30", "FIXED_DEADLINE", "2026-09-16");
            feed.extended(cds, "B2", "2026-11-30", "2026-12-31", "2026-11-28");
            feed.dueDateChanged(cds, "B2", "2026-12-31", "2026-12-10", "2026-12-05");
            feed.flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("assignmentId")
                    .is(TaskEventFeed.assignmentId(qlkh, "A11"))), LifecycleFact.class));
            feed.assigned(qlkh, "A11", "LEAD", "2026-11-10", "FIXED_DEADLINE", "2026-09-20");

            awaitMatrix(qlkh, QLKH_LEAD, QLKH_COORDINATOR);
            awaitMatrix(cds, CDS_LEAD, CDS_COORDINATOR);
            JsonNode before = figures(qlkh);
            assertThat(before.get("asOf").asString()).isEqualTo("2026-12-14");
            assertThat(before.get("periodLabel").asString()).isEqualTo("Quý IV/2026");
            assertThat(before.get("frozenOn").isNull()).isTrue();

            feed.redeliverAll();
            List<String> read = new ArrayList<>(feed.sentinels(qlkh, "S", "2026-12-19"));
            read.addAll(feed.sentinels(cds, "S", "2026-12-19"));
            await().atMost(Duration.ofSeconds(30)).until(() -> read.stream().allMatch(this::stored));

            assertThat(figures(qlkh).get("lead")).isEqualTo(before.get("lead"));
            assertThat(Matrix.of(figures(qlkh).get("lead"))).isEqualTo(QLKH_LEAD);
            assertThat(Matrix.of(figures(qlkh).get("coordinator"))).isEqualTo(QLKH_COORDINATOR);
            assertThat(Matrix.of(figures(cds).get("lead"))).isEqualTo(CDS_LEAD);
            assertThat(Matrix.of(figures(cds).get("coordinator"))).isEqualTo(CDS_COORDINATOR);
        }
    }

    @Test
    void deadLettersALifecycleRecordItCannotRead() {
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.TASK_WITHDRAWN, qlkh, eventId, EventTypes.TASK_ASSIGNED, "{}");

        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> topics().all("error.task-withdrawn.reporting-service", Duration.ofMillis(500)).stream()
                        .filter(record -> eventId.equals(TopicRecords.header(record, "ce_id"))).findFirst(),
                Optional::isPresent).orElseThrow();

        assertThat(dead.key()).isEqualTo(qlkh);
        assertThat(TopicRecords.header(dead, "x-exception-message")).contains("does not belong on this topic");
    }

    private void awaitMatrix(String unit, String lead, String coordinator) {
        await().atMost(Duration.ofSeconds(40)).ignoreExceptions().untilAsserted(() -> {
            JsonNode figures = figures(unit);
            assertThat(Matrix.of(figures.get("lead"))).isEqualTo(lead);
            assertThat(Matrix.of(figures.get("coordinator"))).isEqualTo(coordinator);
        });
    }

    private JsonNode figures(String unit) throws Exception {
        return JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q4").body());
    }

    private boolean stored(String id) {
        return mongo.findById(id, AssignedTask.class) != null || mongo.findById(id, LifecycleFact.class) != null;
    }
}
