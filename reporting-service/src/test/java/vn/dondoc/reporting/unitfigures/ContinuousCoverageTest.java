package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.reporting.unitfigures.Matrix.row;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.reporting.obligation.PlanCoverage;

/**
 * A continuous task (thường xuyên) is ongoing only in the periods its plan's coverage overlaps
 * (domain guide §5): plan A covers 01/01–30/06/2026, plan C from 01/07/2026; plan B's task events
 * come before its {@code plan-issued} (coverage to 14/06/2026), so until then B's task counts as if
 * its plan covered every period.
 */
class ContinuousCoverageTest extends ReportingHttpTest {

    private static final List<String> QUARTERS = List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");

    @Autowired
    MongoOperations mongo;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String unit = "K" + suffix + ".QLKH";
    private final String planA = "PA-" + suffix;
    private final String planB = "PB-" + suffix;
    private final String planC = "PC-" + suffix;

    @Test
    void countsAContinuousTaskOnlyInPeriodsItsPlanCoversAndAsOpenEndedUntilThePlanIsKnown() throws Exception {
        clock.setDay(2027, 1, 10);
        issue(planA, "2026-01-01", "2026-06-30");
        issue(planC, "2026-07-01", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(planA, PlanCoverage.class) != null
                && mongo.findById(planC, PlanCoverage.class) != null);
        for (String plan : List.of(planA, planB, planC)) {
            try (TaskEventFeed feed = new TaskEventFeed(brokers(), plan, "SKHCN")) {
                feed.assigned(unit, "T1", "LEAD", null, "CONTINUOUS", "2026-01-10");
            }
        }

        // Q1: A, B · Q2: A, B · Q3: A (to 30/06, inside the window from 15/06), B, C · Q4: B, C.
        awaitContinuous(2, 2, 3, 2, 3);

        issue(planB, "2026-01-01", "2026-06-14");

        // Q3 and Q4 lose B, whose coverage ended on Q2's cut-off; the year still holds all three.
        awaitContinuous(2, 2, 2, 1, 3);
        assertThat(Matrix.of(lead("2026-Q4"))).isEqualTo(row(0, 0, 0, 0, 0, 0, 1, 0, "null", "null"));
    }

    private void awaitContinuous(long q1, long q2, long q3, long q4, long year) {
        await().atMost(Duration.ofSeconds(40)).ignoreExceptions().untilAsserted(() -> {
            assertThat(QUARTERS.stream().map(this::continuous).toList()).containsExactly(q1, q2, q3, q4);
            assertThat(continuous("2026-Y")).as("Năm 2026").isEqualTo(year);
        });
    }

    private long continuous(String period) {
        try {
            return lead(period).get("continuous").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode lead(String period) throws Exception {
        return JSON.readTree(get("/units/" + unit + "/figures?period=" + period).body()).get("lead");
    }

    /** The checked-in sample ({@code events/plan-issued.json}) as this plan, with its coverage. */
    private void issue(String planId, String coverageStart, String coverageEnd) {
        String eventId = UUID.randomUUID().toString();
        try (InputStream in = getClass().getResourceAsStream("/events/plan-issued.json")) {
            ObjectNode plan = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            plan.put("planId", planId);
            plan.put("eventId", eventId);
            plan.put("coverageStart", coverageStart);
            plan.put("coverageEnd", coverageEnd);
            topics().sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED,
                    JSON.writeValueAsString(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
