package vn.dondoc.reporting.assignmentstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.OutboxWrites;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.reporting.calendar.RegimeSelection;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.obligation.ReportScheduling;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.reporting.unitfigures.TaskEventFeed;

/**
 * The compacted {@code assignment-status} topic as the provincial office reads it: the newest record
 * of an assignment is its state on both axes and its column in the unit's current period; a new
 * record comes when an event or a new day changes the state, never for a redelivery or an unchanged
 * day.
 */
class AssignmentStatusTopicTest extends ReportingHttpTest {

    @Autowired
    private AssignmentStatuses statuses;
    @Autowired
    private MongoOperations mongo;
    @Autowired
    private OutboxWrites writes;
    @Autowired
    private UnitFigures figures;
    @Autowired
    private ReportingCalendar calendar;
    @Autowired
    private RegimeSelection selection;
    @Autowired
    private ReportScheduling scheduling;

    @Test
    void theNewestRecordOfAnAssignmentIsItsStateAndANewDayOrEventWritesOneOnlyWhenItChanges() throws Exception {
        String unit = "SKHCN.AS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (TaskEventFeed feed = new TaskEventFeed(brokers())) {
            String id = feed.idOf(unit, "T1");
            feed.assigned(unit, "T1", "LEAD", "2026-12-03", "DEADLINE", "2026-11-20");
            feed.flush();
            JsonNode assigned = awaitStates(id, 1).get(0);
            assertThat(assigned.path("progress").asString()).isEqualTo("NOT_STARTED");
            assertThat(assigned.path("timeliness").asString()).isEqualTo("DUE_SOON");
            assertThat(assigned.path("governmentOfficeColumn").asString()).isEqualTo("OPEN_WITHIN_DEADLINE");
            assertThat(assigned.path("governmentOfficeColumnLabel").asString()).isEqualTo("Đang thực hiện trong hạn");
            assertThat(assigned.path("period").asString()).isEqualTo("2026-Q4");
            assertThat(assigned.path("periodLabel").asString()).isEqualTo("Quý IV/2026");
            assertThat(assigned.path("dueDate").asString()).isEqualTo("2026-12-03");
            assertThat(assigned.path("departmentCode").asString()).isEqualTo("SKHCN");
            assertThat(assigned.path("role").asString()).isEqualTo("LEAD");

            feed.acknowledged(unit, "T1", "2026-11-21");
            feed.flush();
            assertThat(awaitStates(id, 2).get(1).path("progress").asString()).isEqualTo("IN_PROGRESS");

            feed.redeliverAll();
            feed.progressReported(unit, "T1", 50, "2026-11-22"); // still in progress: no change either
            feed.flush();
            assertThat(quietStates(id)).hasSize(2);

            clock.setDay(2026, 12, 5);
            assertThat(statuses.sweep(LocalDate.of(2026, 12, 5))).isPositive();
            JsonNode overdue = awaitStates(id, 3).get(2);
            assertThat(overdue.path("timeliness").asString()).isEqualTo("OVERDUE");
            assertThat(overdue.path("governmentOfficeColumn").asString()).isEqualTo("OPEN_OVERDUE");
            assertThat(overdue.path("asOf").asString()).isEqualTo("2026-12-05");
            statuses.sweep(LocalDate.of(2026, 12, 5));
            assertThat(quietStates(id)).hasSize(3);

            feed.submitted(unit, "T1", "2026-12-06");
            feed.accepted(unit, "T1", "2026-12-06", "2026-12-07");
            feed.flush();
            clock.setDay(2026, 12, 7);
            JsonNode completed = awaitUntil(id, state -> state.path("progress").asString().equals("COMPLETED"));
            assertThat(completed.path("timeliness").asString()).isEqualTo("OVERDUE");
            assertThat(completed.path("governmentOfficeColumn").asString()).isEqualTo("COMPLETED_LATE");

            // after the Q4 cut-off (14/12) the unit's current period is Q1/2027: completed in Q4, not counted there
            clock.setDay(2026, 12, 16);
            statuses.sweep(LocalDate.of(2026, 12, 16));
            JsonNode nextPeriod = awaitUntil(id, state -> state.path("period").asString().equals("2027-Q1"));
            assertThat(nextPeriod.path("governmentOfficeColumn").asString()).isEqualTo("NOT_COUNTED");
            assertThat(nextPeriod.path("progress").asString()).isEqualTo("COMPLETED");
        }
    }

    @Test
    void theTopicIsCompactedAndEachRecordIsACloudEventKeyedByTheAssignment() throws Exception {
        String unit = "SKHCN.AT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (TaskEventFeed feed = new TaskEventFeed(brokers())) {
            String id = feed.idOf(unit, "T2");
            feed.assigned(unit, "T2", "COORDINATOR", null, "CONTINUOUS", "2026-11-20");
            feed.flush();
            JsonNode continuous = awaitStates(id, 1).get(0);
            assertThat(continuous.path("timeliness").asString()).isEqualTo("NO_DEADLINE");
            assertThat(continuous.path("governmentOfficeColumn").asString()).isEqualTo("CONTINUOUS");
            ConsumerRecord<String, byte[]> record = records(id).get(0);
            assertThat(TopicRecords.header(record, "ce_type")).isEqualTo(EventTypes.ASSIGNMENT_STATUS_CHANGED);
            assertThat(TopicRecords.header(record, "ce_source")).isEqualTo("/dondoc/reporting-service");
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ASSIGNMENT_STATUS);
            assertThat(admin.describeConfigs(List.of(topic)).all().get().get(topic).get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
    }

    @Test
    void aPollOfAssignmentsGetsOneFirstStateEachAndARedeliveredPollNone() throws Exception {
        String unit = "SKHCN.AB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (TaskEventFeed feed = new TaskEventFeed(brokers())) {
            List<String> tasks = List.of("B1", "B2", "B3", "B4", "B5", "B6");
            for (String task : tasks) {
                feed.assigned(unit, task, "LEAD", "2026-12-20", "DEADLINE", "2026-11-20");
            }
            feed.flush();
            for (String task : tasks) {
                JsonNode state = awaitStates(feed.idOf(unit, task), 1).get(0);
                assertThat(state.path("progress").asString()).isEqualTo("NOT_STARTED");
                assertThat(state.path("timeliness").asString()).isEqualTo("WITHIN_DEADLINE");
            }
            feed.redeliverAll();
            feed.flush();
            feed.acknowledged(unit, "B6", "2026-11-21"); // after the redelivered poll: once it shows, the poll was read
            feed.flush();
            awaitStates(feed.idOf(unit, "B6"), 2);
            for (String task : tasks.subList(0, 5)) {
                assertThat(quietStates(feed.idOf(unit, task))).as(task).hasSize(1);
            }
        }
    }

    @Test
    void aRestartOnTheDayAlreadySweptDoesNotReEvaluateEveryAssignmentAgain() {
        clock.setDay(2026, 12, 9);
        statuses.sweepOnNewDay();
        assertThat(mongo.findById(SweptDay.ID, SweptDay.class).day()).isEqualTo(LocalDate.of(2026, 12, 9));

        UnitFigures watched = Mockito.spy(figures);
        AssignmentStatuses restarted = new AssignmentStatuses(mongo, writes, watched, calendar, selection, scheduling,
                clock);
        restarted.sweepOnNewDay();
        Mockito.verify(watched, Mockito.never()).unitCodes();

        clock.setDay(2026, 12, 10);
        restarted.sweepOnNewDay();
        Mockito.verify(watched).unitCodes();
        assertThat(mongo.findById(SweptDay.ID, SweptDay.class).day()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    private JsonNode awaitUntil(String assignmentId, java.util.function.Predicate<JsonNode> newest) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<JsonNode> states = quietStates(assignmentId);
            return states.isEmpty() ? null : states.get(states.size() - 1);
        }, state -> state != null && newest.test(state));
    }

    private List<JsonNode> awaitStates(String assignmentId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> quietStates(assignmentId), states -> states.size() >= count);
    }

    private List<JsonNode> quietStates(String assignmentId) {
        return records(assignmentId).stream().map(record -> JSON.readTree(TopicRecords.value(record))).toList();
    }

    private List<ConsumerRecord<String, byte[]>> records(String assignmentId) {
        return topics().all(Topics.ASSIGNMENT_STATUS, Duration.ofMillis(700)).stream()
                .filter(record -> assignmentId.equals(record.key())).toList();
    }
}
