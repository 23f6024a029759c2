package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.reporting.obligation.PlanLink;

/**
 * "Không phát sinh" (issue 16, rule 8): an event-driven task of a plan covering 2026 (issued 10/02/2026)
 * with two lead units counts once for each lead unit in every period it is in force and no occurrence
 * of that unit counts — A's occurrence, recorded 05/10/2026 and due 20/11, counts in Q4 (overdue on
 * 01/12) and not before; B never has one, and is answered although it holds no assignment.
 */
class NotOccurredFiguresTest extends ReportingHttpTest {

    @Autowired
    MongoOperations mongo;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String planId = "PE-" + suffix;
    private final String unitA = "N" + suffix + ".QLKH";
    private final String unitB = "N" + suffix + ".CDS";

    @Test
    void countsEachLeadUnitOfAnEventDrivenTaskWithoutOccurrenceInThePeriodsItsPlanIsInForce() throws Exception {
        issuePlanWithAnEventDrivenTask();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(planId, PlanLink.class) != null);
        try (TaskEventFeed feed = new TaskEventFeed(brokers(), planId, "N" + suffix)) {
            feed.assignedOccurrence(unitA, "E1", "2026-11-20", "O-1", "2026-10-05");
        }

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(lead(unitA, "2026-Q4").get("openOverdue").asLong()).isEqualTo(1));
        assertThat(lead(unitA, "2026-Q4").get("notOccurred").asLong()).as("A's occurrence counts in Q4").isZero();
        assertThat(lead(unitB, "2026-Q4").get("notOccurred").asLong()).isEqualTo(1);
        assertThat(lead(unitA, "2026-Q3").get("notOccurred").asLong()).as("recorded after Q3's cut-off").isEqualTo(1);
        assertThat(lead(unitB, "2026-Q1").get("notOccurred").asLong()).as("issued 10/02, before 14/03").isEqualTo(1);
        assertThat(lead(unitB, "2026-Q1").get("continuous").asLong() + lead(unitB, "2026-Q1").get("noDeadline").asLong())
                .isZero();
        assertThat(lead(unitB, "2025-Q4").get("notOccurred").asLong()).as("before the plan").isZero();
        assertThat(figures(unitB, "2026-Q4").get("coordinator").get("notOccurred").asLong())
                .as("coordinators are not counted").isZero();

        var report = get("/departments/N" + suffix + "/reports/2026-Q4");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode rowOfB = JSON.readTree(report.body()).get("units").valueStream()
                .filter(row -> row.get("unitCode").asString().equals(unitB)).findFirst().orElse(null);
        assertThat(rowOfB).as("B, holding no assignment, is a row of its department's report").isNotNull();
        assertThat(rowOfB.get("lead").get("notOccurred").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(get("/units/" + unitB + "/reports-due").body()).valueStream()
                .map(due -> due.get("periodLabel").asString()).toList())
                .as("B owes the report of its plan's regime (yearly)").contains("Năm 2026");
    }

    private JsonNode lead(String unit, String period) throws Exception {
        return figures(unit, period).get("lead");
    }

    private JsonNode figures(String unit, String period) throws Exception {
        var response = get("/units/" + unit + "/figures?period=" + period);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The checked-in sample ({@code events/plan-issued.json}) with one event-driven task led by A and B. */
    private void issuePlanWithAnEventDrivenTask() throws Exception {
        String eventId = UUID.randomUUID().toString();
        try (InputStream in = getClass().getResourceAsStream("/events/plan-issued.json")) {
            ObjectNode plan = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            plan.put("planId", planId);
            plan.put("eventId", eventId);
            plan.put("departmentCode", "N" + suffix);
            ArrayNode tasks = plan.putArray("tasks");
            ObjectNode task = tasks.addObject();
            task.put("taskId", "E1");
            task.put("number", "2.1.1");
            task.put("content", "Góp ý dự thảo văn bản quy phạm pháp luật khi có yêu cầu");
            task.putArray("leadUnits").add(unitA).add(unitB);
            task.putArray("coordinatorUnits").add("N" + suffix + ".VP");
            task.putNull("dueDate");
            task.put("timeframeKind", "EVENT_DRIVEN");
            task.put("timeframeText", "Khi có phát sinh");
            topics().sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED,
                    JSON.writeValueAsString(plan));
        }
    }
}
