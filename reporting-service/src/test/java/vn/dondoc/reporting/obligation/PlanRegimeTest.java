package vn.dondoc.reporting.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.reporting.ReportingHttpTest;

/**
 * A plan's reporting requirement decides which reports its units owe. Dates 2026: the 6-month
 * report (cumulative Q2) is due from units on Tue 16/06 (cut-off Sun 14/06 + 2 working days), the
 * 9-month report on Wed 16/09 (cut-off Mon 14/09 + 2).
 */
class PlanRegimeTest extends ReportingHttpTest {

    private static final List<String> QUY_NAM = List.of("QUARTER", "YEAR");
    private static final List<String> BA_SAU_CHIN = List.of("QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR");

    @Autowired
    ReportReminders reminders;

    @Autowired
    MongoOperations mongo;

    private final String department = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void unitsOfACumulativePlanOweTheSixAndNineMonthReportsAndUnitsOfAQuarterlyPlanDoNot() {
        clock.setDay(2026, 6, 10);
        String cumulative = planIssued("định kỳ 3 tháng, 6 tháng, 9 tháng và năm", BA_SAU_CHIN);
        String quarterly = planIssued("định kỳ hàng quý, năm", QUY_NAM);
        awaitPlansKnown(cumulative, quarterly);
        taskAssigned(department + ".CDS", cumulative);
        taskAssigned(department + ".QLKH", quarterly);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> reportDue("OWED").size() == 2);

        clock.setDay(2026, 6, 16);
        reminders.remind();
        clock.setDay(2026, 9, 16);
        reminders.remind();

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(unitReports(department + ".CDS")).containsExactlyInAnyOrder(
                    tuple("OWED", "HALF_YEAR", "6 tháng đầu năm 2026", "2025-12-15", "2026-06-16"),
                    tuple("DEADLINE", "HALF_YEAR", "6 tháng đầu năm 2026", "2025-12-15", "2026-06-16"),
                    tuple("DEADLINE", "NINE_MONTHS", "9 tháng 2026", "2025-12-15", "2026-09-16"));
            assertThat(unitReports(department + ".QLKH")).containsExactlyInAnyOrder(
                    tuple("OWED", "QUARTER", "Quý II/2026", "2026-03-15", "2026-06-16"),
                    tuple("DEADLINE", "QUARTER", "Quý II/2026", "2026-03-15", "2026-06-16"),
                    tuple("DEADLINE", "QUARTER", "Quý III/2026", "2026-06-15", "2026-09-16"));
            assertThat(unitReports(department + ".VP")).as("the office, under both regimes: lead time before the 18th")
                    .extracting(report -> report.toList().get(2)).containsExactlyInAnyOrder(
                            "Quý II/2026", "6 tháng đầu năm 2026", "Quý III/2026", "9 tháng 2026");
        });
        assertThat(mongo.findById(cumulative, PlanRegimes.class).regimes()).containsExactly("3-6-9-thang-va-nam");
        assertThat(mongo.findById(quarterly, PlanRegimes.class).regimes()).containsExactly("quy-nam");
    }

    @Test
    void aUnitAssignedBeforeItsPlanIsKnownKeepsTheDefaultReportAndOwesThePlansOnceItArrives() {
        clock.setDay(2026, 6, 10);
        String planId = UUID.randomUUID().toString();
        String unit = department + ".QLCN";
        taskAssigned(unit, planId);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> reportDue("OWED").size() == 1);

        String eventId = UUID.randomUUID().toString();
        String plan = plan(planId, eventId, "định kỳ 3 tháng, 6 tháng, 9 tháng và năm", BA_SAU_CHIN);
        topics().sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED, plan);
        topics().sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED, plan);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> reportDue("OWED").size() == 2);
        clock.setDay(2026, 6, 16);
        reminders.remind();

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(unitReports(unit))
                .containsExactlyInAnyOrder(
                tuple("OWED", "QUARTER", "Quý II/2026", "2026-03-15", "2026-06-16"),
                tuple("OWED", "HALF_YEAR", "6 tháng đầu năm 2026", "2025-12-15", "2026-06-16"),
                tuple("DEADLINE", "HALF_YEAR", "6 tháng đầu năm 2026", "2025-12-15", "2026-06-16"),
                tuple("DEADLINE", "QUARTER", "Quý II/2026", "2026-03-15", "2026-06-16")));
        UnitPlan link = mongo.findById(UnitPlan.idOf(unit, planId), UnitPlan.class);
        assertThat(link.provisional()).isFalse();
        assertThat(link.regimes()).containsExactly("3-6-9-thang-va-nam");
    }

    @Test
    void unitsAssignedTogetherUnderAKnownPlanAreEachLinkedOnceAndEachOwesItsReportOnce() {
        clock.setDay(2026, 6, 10);
        String quarterly = planIssued("định kỳ hàng quý, năm", QUY_NAM);
        awaitPlansKnown(quarterly);
        List<String> units = List.of(department + ".CDS", department + ".QLKH", department + ".QLCN");

        units.forEach(unit -> taskAssigned(unit, quarterly));
        units.forEach(unit -> taskAssigned(unit, quarterly));

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(reportDue("OWED")).extracting(ConsumerRecord::key)
                        .containsExactlyInAnyOrderElementsOf(units));
        assertThat(units).allSatisfy(unit -> {
            assertThat(mongo.findById(unit, ReportingUnit.class).departmentCode()).isEqualTo(department);
            UnitPlan link = mongo.findById(UnitPlan.idOf(unit, quarterly), UnitPlan.class);
            assertThat(link.provisional()).isFalse();
            assertThat(link.regimes()).containsExactly("quy-nam");
            assertThat(unitReports(unit)).containsExactly(
                    tuple("OWED", "QUARTER", "Quý II/2026", "2026-03-15", "2026-06-16"));
        });
    }

    @Test
    void sendsAnUnreadablePlanToTheDeadLetterTopic() {
        String eventId = UUID.randomUUID().toString();

        topics().sendCloudEvent(Topics.PLAN_ISSUED, "bad", eventId, EventTypes.PLAN_ISSUED,
                "{\"eventId\":\"" + eventId + "\",\"planId\":\"x\"}");

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(topics().all("error.plan-issued.reporting-service", Duration.ofMillis(300)))
                        .anySatisfy(record -> {
                            assertThat(header(record, "ce_id")).isEqualTo(eventId);
                            assertThat(header(record, "x-exception-message")).contains("cannot read PlanIssued");
                        }));
    }

    private String planIssued(String reportingText, List<String> periods) {
        String planId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED,
                plan(planId, eventId, reportingText, periods));
        return planId;
    }

    private void awaitPlansKnown(String... planIds) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> java.util.Arrays.stream(planIds)
                .allMatch(planId -> mongo.findById(planId, PlanRegimes.class) != null));
    }

    /** The checked-in sample ({@code events/plan-issued.json}, seed 003) for this test's plan and department. */
    private String plan(String planId, String eventId, String reportingText, List<String> periods) {
        try (InputStream in = getClass().getResourceAsStream("/events/plan-issued.json")) {
            ObjectNode plan = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            plan.put("planId", planId);
            plan.put("eventId", eventId);
            plan.put("departmentCode", department);
            plan.put("reportingText", reportingText);
            periods.forEach(plan.putArray("reportingPeriods")::add);
            return JSON.writeValueAsString(plan);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void taskAssigned(String unit, String planId) {
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.TASK_ASSIGNED, unit, eventId, EventTypes.TASK_ASSIGNED, """
                {"eventId":"%s","occurredAt":"2026-06-10T02:00:00Z","assignmentId":"%s:T1:%s",
                 "planId":"%s","departmentCode":"%s","taskId":"T1","unitCode":"%s","role":"LEAD",
                 "leadUnits":["%s"],"dueDate":"2026-12-31"}
                """.formatted(eventId, planId, unit, planId, department, unit, unit));
    }

    /** The unit's report-due events: reminder, period type and label, window start, due date. */
    private List<org.assertj.core.groups.Tuple> unitReports(String unit) {
        return reportDue(null).stream().filter(record -> record.key().equals(unit)).map(this::json)
                .map(event -> tuple(event.get("reminder").asString(), event.get("periodType").asString(),
                        event.get("periodLabel").asString(), event.get("windowStart").asString(),
                        event.get("dueDate").asString()))
                .toList();
    }

    private List<ConsumerRecord<String, byte[]>> reportDue(String reminder) {
        return topics().all(Topics.REPORT_DUE, Duration.ofMillis(300)).stream()
                .filter(record -> department.equals(json(record).path("departmentCode").asString("")))
                .filter(record -> reminder == null || json(record).get("reminder").asString().equals(reminder))
                .toList();
    }

    private JsonNode json(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(value(record));
    }
}
