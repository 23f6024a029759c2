package vn.dondoc.reporting.departmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.reporting.unitfigures.Matrix.row;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.reporting.unitfigures.Matrix;
import vn.dondoc.reporting.unitfigures.TaskEventFeed;
import vn.dondoc.reporting.unitfigures.YearOfFacts;

/**
 * A department's year 2026 (two units: QLCN with {@link YearOfFacts}, KHTC with a lead and a
 * coordinator history of its own): the department reports (JSON) of Q1–Q4 ("quý, năm") and of Q1, 6
 * months, 9 months and the year ("3 tháng, 6 tháng, 9 tháng và năm", all from 15/12/2025) reconcile.
 * Completed and withdrawn of a cumulative report are the sums over its quarters; its open columns are
 * those of the quarter with the same cut-off; every report's totals are the sums of its unit rows.
 */
class DepartmentYearReconciliationTest extends ReportingHttpTest {

    private static final String CUMULATIVE = "3-6-9-thang-va-nam";
    private static final List<String> QUARTERS = List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    private static final String COORDINATOR_OPEN = row(0, 0, 1, 0, 0, 0, 0, 0, "null", "null");
    private static final String COORDINATOR_OVERDUE = row(0, 0, 0, 0, 1, 44, 0, 0, "0.0", "0.0");

    private final String department = "Y" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String khtc = department + ".KHTC";
    private final String qlcn = department + ".QLCN";

    @Test
    void quarterSixNineMonthAndYearDepartmentReportsReconcile() throws Exception {
        clock.setDay(2027, 1, 10);
        try (TaskEventFeed feed = new TaskEventFeed(brokers(), "PY-" + department, department)) {
            YearOfFacts.publish(feed, qlcn);
            publishKhtc(feed);
            feed.flush();
            awaitAllEventsCounted();
        }

        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (String quarter : QUARTERS) {
            reports.put(quarter, report(quarter, null));
        }
        for (String cumulative : List.of("2026-Q1", "2026-H1", "2026-9M", "2026-Y")) {
            reports.put(cumulative + "~", report(cumulative, CUMULATIVE));
        }

        assertThat(reports.values().stream().map(report -> Matrix.of(report.get("leadTotal"))).toList())
                .containsExactly(
                        row(1, 0, 4, 0, 0, 0, 1, 0, "100.0", "100.0"),
                        row(1, 1, 3, 0, 1, 14, 1, 0, "66.7", "33.3"),
                        row(0, 1, 2, 0, 2, 35, 1, 1, "33.3", "0.0"),
                        row(2, 0, 1, 0, 2, 105, 1, 1, "50.0", "50.0"),
                        row(1, 0, 4, 0, 0, 0, 1, 0, "100.0", "100.0"),
                        row(2, 1, 3, 0, 1, 14, 1, 0, "75.0", "50.0"),
                        row(2, 2, 2, 0, 2, 35, 1, 1, "66.7", "33.3"),
                        row(4, 2, 1, 0, 2, 105, 1, 2, "75.0", "50.0"));
        assertThat(reports.values().stream().map(report -> Matrix.of(report.get("coordinatorTotal"))).toList())
                .containsExactly(COORDINATOR_OPEN, COORDINATOR_OPEN, COORDINATOR_OPEN, COORDINATOR_OVERDUE,
                        COORDINATOR_OPEN, COORDINATOR_OPEN, COORDINATOR_OPEN, COORDINATOR_OVERDUE);
        assertThat(reports.get("2026-Y~").get("periodLabel").asString()).isEqualTo("Năm 2026");
        assertThat(reports.get("2026-H1~").get("periodLabel").asString()).isEqualTo("6 tháng đầu năm 2026");
        assertThat(Matrix.of(lead(reports.get("2026-Y~"), khtc))).isEqualTo(row(1, 0, 0, 0, 1, 2, 0, 1, "50.0", "50.0"));
        assertThat(Matrix.of(lead(reports.get("2026-9M~"), khtc)))
                .isEqualTo(row(1, 0, 1, 0, 1, 35, 0, 0, "50.0", "50.0"));

        List<JsonNode> quarters = QUARTERS.stream().map(reports::get).toList();
        assertThat(Matrix.of(reports.get("2026-Q1~").get("leadTotal"))).isEqualTo(Matrix.of(quarters.get(0).get("leadTotal")));
        for (String role : List.of("lead", "coordinator")) {
            assertCumulative(reports.get("2026-H1~"), quarters.subList(0, 2), role);
            assertCumulative(reports.get("2026-9M~"), quarters.subList(0, 3), role);
            assertCumulative(reports.get("2026-Y~"), quarters, role);
        }
        reports.values().forEach(DepartmentYearReconciliationTest::assertTotalsAreTheSumOfTheUnits);
    }

    /** KHTC: B1 Q2 completed on time; B3 Q3 overdue 35 days, withdrawn in Q4; B4 Q4 overdue 2 days; C1 coordinator. */
    private void publishKhtc(TaskEventFeed feed) {
        feed.assigned(khtc, "B1", "LEAD", "2026-05-15", "FIXED_DEADLINE", "2026-01-20");
        feed.submitted(khtc, "B1", "2026-05-10");
        feed.accepted(khtc, "B1", "2026-05-10", "2026-05-12");
        feed.assigned(khtc, "B3", "LEAD", "2026-08-10", "FIXED_DEADLINE", "2026-04-01");
        feed.withdrawn(khtc, "B3", "2026-11-01");
        feed.assigned(khtc, "B4", "LEAD", "2026-12-12", "FIXED_DEADLINE", "2026-09-01");
        // Coordinator, due 31/10: within in Q1–Q3, 44 days overdue at the Q4 cut-off.
        feed.assigned(khtc, "C1", "COORDINATOR", "2026-10-31", "FIXED_DEADLINE", "2026-03-01");
    }

    /** The unit figures (not frozen) before any department report freezes them at its cut-off. */
    private void awaitAllEventsCounted() {
        await().atMost(Duration.ofSeconds(40)).ignoreExceptions().untilAsserted(() -> {
            assertThat(QUARTERS.stream().map(quarter -> unitLead(qlcn, quarter)).toList()).containsExactly(
                    row(1, 0, 3, 0, 0, 0, 1, 0, "100.0", "100.0"),
                    row(0, 1, 2, 0, 1, 14, 1, 0, "50.0", "0.0"),
                    row(0, 1, 1, 0, 1, 14, 1, 1, "50.0", "0.0"),
                    row(2, 0, 1, 0, 1, 105, 1, 0, "66.7", "66.7"));
            assertThat(QUARTERS.stream().map(quarter -> unitLead(khtc, quarter)).toList()).containsExactly(
                    row(0, 0, 1, 0, 0, 0, 0, 0, "null", "null"),
                    row(1, 0, 1, 0, 0, 0, 0, 0, "100.0", "100.0"),
                    row(0, 0, 1, 0, 1, 35, 0, 0, "0.0", "0.0"),
                    row(0, 0, 0, 0, 1, 2, 0, 1, "0.0", "0.0"));
        });
    }

    private static void assertCumulative(JsonNode cumulative, List<JsonNode> quarters, String role) {
        JsonNode last = quarters.get(quarters.size() - 1);
        for (String summed : List.of("completedOnTime", "completedLate", "withdrawn")) {
            assertThat(cumulative.get(role + "Total").get(summed).asLong()).as(role + " " + summed)
                    .isEqualTo(quarters.stream().mapToLong(quarter -> quarter.get(role + "Total").get(summed).asLong())
                            .sum());
            for (JsonNode unit : cumulative.get("units")) {
                String code = unit.get("unitCode").asString();
                assertThat(unit.get(role).get(summed).asLong()).as(code + " " + role + " " + summed).isEqualTo(
                        quarters.stream().mapToLong(quarter -> unitRow(quarter, code).get(role).get(summed).asLong())
                                .sum());
            }
        }
        for (String carried : List.of("openWithinDeadline", "dueSoon", "openOverdue", "maxDaysOverdue",
                "continuous", "notOccurred", "noDeadline")) {
            assertThat(cumulative.get(role + "Total").get(carried)).as(role + " " + carried)
                    .isEqualTo(last.get(role + "Total").get(carried));
            for (JsonNode unit : cumulative.get("units")) {
                String code = unit.get("unitCode").asString();
                assertThat(unit.get(role).get(carried)).as(code + " " + role + " " + carried)
                        .isEqualTo(unitRow(last, code).get(role).get(carried));
            }
        }
    }

    private static void assertTotalsAreTheSumOfTheUnits(JsonNode report) {
        for (String role : List.of("lead", "coordinator")) {
            JsonNode total = report.get(role + "Total");
            for (String column : List.of("completedOnTime", "completedLate", "openWithinDeadline", "dueSoon",
                    "openOverdue", "continuous", "notOccurred", "noDeadline", "withdrawn")) {
                assertThat(total.get(column).asLong()).as(report.get("periodKey") + " " + role + " " + column)
                        .isEqualTo(report.get("units").valueStream().mapToLong(unit -> unit.get(role).get(column)
                                .asLong()).sum());
            }
            assertThat(total.get("maxDaysOverdue").asLong()).isEqualTo(report.get("units").valueStream()
                    .mapToLong(unit -> unit.get(role).get("maxDaysOverdue").asLong()).max().orElseThrow());
        }
    }

    private static JsonNode lead(JsonNode report, String unitCode) {
        return unitRow(report, unitCode).get("lead");
    }

    private static JsonNode unitRow(JsonNode report, String unitCode) {
        return report.get("units").valueStream().filter(unit -> unit.get("unitCode").asString().equals(unitCode))
                .findFirst().orElseThrow();
    }

    private JsonNode report(String period, String regime) throws Exception {
        JsonNode report = JSON.readTree(get("/departments/" + department + "/reports/" + period
                + (regime == null ? "" : "?regime=" + regime)).body());
        assertThat(report.get("periodKey").asString()).isEqualTo(period);
        assertThat(report.get("units").valueStream().map(unit -> unit.get("unitCode").asString()).toList())
                .containsExactly(khtc, qlcn);
        return report;
    }

    private String unitLead(String unit, String period) {
        try {
            return Matrix.of(JSON.readTree(get("/units/" + unit + "/figures?period=" + period).body()).get("lead"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
