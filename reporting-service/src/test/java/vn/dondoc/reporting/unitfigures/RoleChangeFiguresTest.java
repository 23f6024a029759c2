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
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.security.Caller;

/**
 * A plan amendment moves units between lead and coordinator ({@code task-assignment-changed}, same
 * assignment id): from the day of the change the assignment counts in the new role, started over as
 * task-service does (a submitted result and approved extensions dropped, the deadline back to the
 * plan's, amended or not); periods before the change keep the old role; a content change alone
 * changes nothing; delivering every event again changes nothing.
 */
class RoleChangeFiguresTest extends ReportingHttpTest {

    private static final String NOTHING = row(0, 0, 0, 0, 0, 0, 0, 0, "null", "null");

    @Autowired
    MongoOperations mongo;

    private final String plan = "PR-" + UUID.randomUUID().toString().substring(0, 8);
    private final String unit = "C" + UUID.randomUUID().toString().substring(0, 6) + ".QLKH";
    private final String other = "C" + UUID.randomUUID().toString().substring(0, 6) + ".CDS";

    @Test
    void countsTheAssignmentInItsNewRoleFromTheDayOfTheChangeAndIgnoresRedelivery() throws Exception {
        clock.setDay(2026, 12, 20);
        try (TaskEventFeed feed = new TaskEventFeed(brokers(), plan, "SKHCN")) {
            // X1 lead, extended to 31/12, result submitted 01/12; made coordinator 05/12.
            feed.assigned(unit, "X1", "LEAD", "2026-11-30", "FIXED_DEADLINE", "2026-09-20");
            feed.extended(unit, "X1", "2026-11-30", "2026-12-31", "2026-11-20");
            feed.submitted(unit, "X1", "2026-12-01");
            // X2 coordinator made lead 10/10, completed in time as lead (its results read before the change).
            feed.assigned(unit, "X2", "COORDINATOR", "2026-12-31", "FIXED_DEADLINE", "2026-09-20");
            feed.submitted(unit, "X2", "2026-11-01");
            feed.accepted(unit, "X2", "2026-11-01", "2026-11-03");
            // X3 lead, due 30/09: within at the Q3 cut-off; made coordinator 05/10.
            feed.assigned(unit, "X3", "LEAD", "2026-09-30", "FIXED_DEADLINE", "2026-07-01");
            // X4 lead, its content amended only: still lead, 4 days overdue.
            feed.assigned(unit, "X4", "LEAD", "2026-12-10", "FIXED_DEADLINE", "2026-09-20");
            feed.contentChanged(unit, "X4", "LEAD", "2026-11-01");
            // X5 lead, plan deadline amended to 12/12, extended to 31/12; made coordinator 05/12: due 12/12 again.
            feed.assigned(other, "X5", "LEAD", "2026-11-30", "FIXED_DEADLINE", "2026-09-20");
            feed.dueDateChanged(other, "X5", "2026-11-30", "2026-12-12", "2026-10-01");
            feed.extended(other, "X5", "2026-12-12", "2026-12-31", "2026-12-01");
            feed.flush();

            awaitMatrix(unit, "2026-Q4", row(0, 0, 1, 0, 2, 75, 0, 0, "0.0", "0.0"),
                    row(1, 0, 0, 0, 0, 0, 0, 0, "100.0", "100.0"));
            awaitMatrix(other, "2026-Q4", row(0, 0, 1, 0, 0, 0, 0, 0, "null", "null"), NOTHING);

            feed.roleChanged(unit, "X1", "LEAD", "COORDINATOR", "2026-12-05");
            feed.roleChanged(unit, "X2", "COORDINATOR", "LEAD", "2026-10-10");
            feed.roleChanged(unit, "X3", "LEAD", "COORDINATOR", "2026-10-05");
            feed.roleChanged(other, "X5", "LEAD", "COORDINATOR", "2026-12-05");
            feed.flush();

            String unitLead = row(1, 0, 0, 0, 1, 4, 0, 0, "50.0", "50.0");
            String unitCoordinator = row(0, 0, 0, 0, 2, 75, 0, 0, "0.0", "0.0");
            String otherCoordinator = row(0, 0, 0, 0, 1, 2, 0, 0, "0.0", "0.0");
            awaitMatrix(unit, "2026-Q4", unitLead, unitCoordinator);
            awaitMatrix(other, "2026-Q4", NOTHING, otherCoordinator);
            assertCounts(unit, 4, 2, 2);
            assertCounts(other, 1, 0, 1);
            String thirdQuarterLead = row(0, 0, 1, 0, 0, 0, 0, 0, "null", "null");
            assertMatrix(unit, "2026-Q3", thirdQuarterLead, NOTHING);

            feed.redeliverAll();
            List<String> read = new ArrayList<>(feed.sentinels(unit, "S", "2026-12-19"));
            read.addAll(feed.sentinels(other, "S", "2026-12-19"));
            await().atMost(Duration.ofSeconds(30)).until(() -> read.stream().allMatch(this::stored));

            assertMatrix(unit, "2026-Q4", unitLead, unitCoordinator);
            assertMatrix(other, "2026-Q4", NOTHING, otherCoordinator);
            assertMatrix(unit, "2026-Q3", thirdQuarterLead, NOTHING);
            // the sentinels add one assignment each, assigned coordinator and made lead
            assertCounts(unit, 5, 3, 2);
            assertCounts(other, 2, 1, 1);
            assertThat(mongo.count(Query.query(Criteria.where("assignmentId").is(feed.idOf(unit, "X4"))),
                    LifecycleFact.class)).as("a content change alone is not kept").isZero();
            assertThat(mongo.count(Query.query(Criteria.where("kind").is("ROLE_CHANGED")
                    .and("unitCode").in(unit, other)), LifecycleFact.class)).as("four changes and two sentinels")
                    .isEqualTo(6);
        }
    }

    @Test
    void deadLettersARoleChangeItCannotRead() {
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.TASK_ASSIGNMENT_CHANGED, unit, eventId, EventTypes.TASK_ASSIGNMENT_CHANGED,
                "{\"eventId\":\"" + eventId + "\"}");

        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> topics().all("error.task-assignment-changed.reporting-service", Duration.ofMillis(500)).stream()
                        .filter(record -> eventId.equals(TopicRecords.header(record, "ce_id"))).findFirst(),
                Optional::isPresent).orElseThrow();

        assertThat(dead.key()).isEqualTo(unit);
    }

    /** The unit's counts and its line of {@code /units/counts}: each assignment in its current role. */
    private void assertCounts(String unitCode, long assignments, long lead, long coordinator) throws Exception {
        String expected = "{\"unitCode\":\"" + unitCode + "\",\"assignments\":" + assignments + ",\"lead\":" + lead
                + ",\"coordinator\":" + coordinator + "}";
        assertThat(JSON.readTree(get("/units/" + unitCode + "/counts").body())).isEqualTo(JSON.readTree(expected));
        JsonNode all = JSON.readTree(get("/units/counts", TestTokens.office(Caller.departmentOf(unitCode))).body());
        assertThat(all.valueStream().filter(line -> unitCode.equals(line.get("unitCode").asString())).toList())
                .containsExactly(JSON.readTree(expected));
    }

    private void awaitMatrix(String unitCode, String period, String lead, String coordinator) {
        await().atMost(Duration.ofSeconds(40)).ignoreExceptions()
                .untilAsserted(() -> assertMatrix(unitCode, period, lead, coordinator));
    }

    private void assertMatrix(String unitCode, String period, String lead, String coordinator) throws Exception {
        JsonNode figures = JSON.readTree(get("/units/" + unitCode + "/figures?period=" + period).body());
        assertThat(Matrix.of(figures.get("lead"))).as(unitCode + " lead " + period).isEqualTo(lead);
        assertThat(Matrix.of(figures.get("coordinator"))).as(unitCode + " coordinator " + period).isEqualTo(coordinator);
    }

    private boolean stored(String id) {
        return mongo.findById(id, AssignedTask.class) != null || mongo.findById(id, LifecycleFact.class) != null;
    }
}
