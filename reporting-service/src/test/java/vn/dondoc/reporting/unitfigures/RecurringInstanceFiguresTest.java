package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.reporting.unitfigures.Matrix.row;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.dondoc.reporting.ReportingHttpTest;

/**
 * Issue 16: a "quý, năm" task becomes five instances for a unit (2026-Q1…Q4 and 2026-Y); each
 * counts in its own period only, as task-service's PeriodMembership says, while an assignment
 * without instance key is counted as before (open work carries over into every period).
 */
class RecurringInstanceFiguresTest extends ReportingHttpTest {

    @Autowired
    MongoOperations mongo;

    private final String unit = "R" + UUID.randomUUID().toString().substring(0, 6) + ".TH";

    /** The period's own instance and the ordinary task, both open within deadline at the cut-off. */
    private static final String OWN_INSTANCE_AND_ORDINARY_TASK = row(0, 0, 2, 0, 0, 0, 0, 0, "null", "null");

    @Test
    void countsEachInstanceOfAQuarterlyAndYearlyTaskInItsOwnPeriodOnly() throws Exception {
        clock.setDay(2026, 12, 20);
        try (TaskEventFeed feed = new TaskEventFeed(brokers())) {
            feed.assignedInstance(unit, "1#2026-Q1", "LEAD", "2026-03-20", "2026-Q1", "Quý I/2026", "2026-01-05");
            feed.assignedInstance(unit, "1#2026-Q2", "LEAD", "2026-06-20", "2026-Q2", "Quý II/2026", "2026-01-05");
            feed.assignedInstance(unit, "1#2026-Q3", "LEAD", "2026-09-20", "2026-Q3", "Quý III/2026", "2026-01-05");
            feed.assignedInstance(unit, "1#2026-Q4", "LEAD", "2026-12-20", "2026-Q4", "Quý IV/2026", "2026-01-05");
            feed.assignedInstance(unit, "1#2026-Y", "LEAD", "2027-01-20", "2026-Y", "Năm 2026", "2026-01-05");
            // Not recurring (no instance key): open, so counted in every period as before.
            feed.assigned(unit, "2", "LEAD", "2026-12-31", "FIXED_DEADLINE", "2026-01-05");
            feed.flush();
            await().atMost(Duration.ofSeconds(40)).until(() -> mongo.count(
                    Query.query(Criteria.where("unitCode").is(unit)), AssignedTask.class) == 6);

            assertThat(Matrix.of(figures("2026-Q1").get("lead"))).isEqualTo(OWN_INSTANCE_AND_ORDINARY_TASK);
            assertThat(Matrix.of(figures("2026-Q2").get("lead"))).isEqualTo(OWN_INSTANCE_AND_ORDINARY_TASK);
            assertThat(Matrix.of(figures("2026-Q4").get("lead"))).isEqualTo(OWN_INSTANCE_AND_ORDINARY_TASK);
            // The year counts the yearly instance, not the quarters' (three of them overdue at 14/12).
            assertThat(Matrix.of(figures("2026-Y").get("lead"))).isEqualTo(OWN_INSTANCE_AND_ORDINARY_TASK);
            assertThat(mongo.findById(feed.idOf(unit, "1#2026-Q1"), AssignedTask.class).instanceKey())
                    .isEqualTo("2026-Q1");
        }
    }

    private JsonNode figures(String period) throws Exception {
        return JSON.readTree(get("/units/" + unit + "/figures?period=" + period).body());
    }
}
