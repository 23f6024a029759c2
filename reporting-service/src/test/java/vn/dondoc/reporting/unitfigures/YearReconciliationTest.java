package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.reporting.unitfigures.Matrix.row;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.reporting.ReportingHttpTest;

/**
 * One unit's year 2026 from the task events: the quarters of "quý, năm" and the cumulative reports
 * of "3 tháng, 6 tháng, 9 tháng và năm" (all from 15/12/2025) reconcile. A cumulative period's
 * completed and withdrawn counts are the sums over its quarters' windows; its open, continuous and
 * overdue columns are those of the quarter ending on the same cut-off (open items carry over).
 */
class YearReconciliationTest extends ReportingHttpTest {

    private static final String CUMULATIVE = "3-6-9-thang-va-nam";

    private final String unit = "R" + UUID.randomUUID().toString().substring(0, 6) + ".QLCN";

    @Test
    void quarterSixNineMonthAndYearFiguresOfOneYearReconcile() throws Exception {
        clock.setDay(2027, 1, 10);
        try (TaskEventFeed feed = new TaskEventFeed(brokers())) {
            YearOfFacts.publish(feed, unit);
            feed.flush();
            await().atMost(Duration.ofSeconds(40)).ignoreExceptions().untilAsserted(() ->
                    assertThat(quarters().stream().map(Matrix::of)).containsExactly(
                            row(1, 0, 3, 0, 0, 0, 1, 0, "100.0", "100.0"),
                            row(0, 1, 2, 0, 1, 14, 1, 0, "50.0", "0.0"),
                            row(0, 1, 1, 0, 1, 14, 1, 1, "50.0", "0.0"),
                            row(2, 0, 1, 0, 1, 105, 1, 0, "66.7", "66.7")));
        }
        List<JsonNode> quarters = quarters();
        JsonNode firstQuarter = lead("2026-Q1", CUMULATIVE);
        JsonNode sixMonths = lead("2026-H1", CUMULATIVE);
        JsonNode nineMonths = lead("2026-9M", CUMULATIVE);
        JsonNode year = lead("2026-Y", CUMULATIVE);

        assertThat(Matrix.of(firstQuarter)).isEqualTo(Matrix.of(quarters.get(0)));
        assertThat(Matrix.of(sixMonths)).isEqualTo(row(1, 1, 2, 0, 1, 14, 1, 0, "66.7", "33.3"));
        assertThat(Matrix.of(nineMonths)).isEqualTo(row(1, 2, 1, 0, 1, 14, 1, 1, "75.0", "25.0"));
        assertThat(Matrix.of(year)).isEqualTo(row(3, 2, 1, 0, 1, 105, 1, 1, "83.3", "50.0"));
        assertThat(Matrix.of(lead("2026-Y", null))).as("the year of \"quý, năm\" is the cumulative year")
                .isEqualTo(Matrix.of(year));
        assertReconciles(sixMonths, quarters.subList(0, 2));
        assertReconciles(nineMonths, quarters.subList(0, 3));
        assertReconciles(year, quarters);
    }

    private static void assertReconciles(JsonNode cumulative, List<JsonNode> quarters) {
        for (String summed : List.of("completedOnTime", "completedLate", "withdrawn")) {
            assertThat(cumulative.get(summed).asLong()).as(summed)
                    .isEqualTo(quarters.stream().mapToLong(quarter -> quarter.get(summed).asLong()).sum());
        }
        JsonNode last = quarters.get(quarters.size() - 1);
        for (String carried : List.of("openWithinDeadline", "dueSoon", "openOverdue", "maxDaysOverdue",
                "continuous", "notOccurred", "noDeadline")) {
            assertThat(cumulative.get(carried)).as(carried).isEqualTo(last.get(carried));
        }
    }

    private List<JsonNode> quarters() throws Exception {
        return List.of(lead("2026-Q1", null), lead("2026-Q2", null), lead("2026-Q3", null), lead("2026-Q4", null));
    }

    private JsonNode lead(String period, String regime) throws Exception {
        JsonNode figures = JSON.readTree(get("/units/" + unit + "/figures?period=" + period
                + (regime == null ? "" : "&regime=" + regime)).body());
        assertThat(figures.get("periodKey").asString()).isEqualTo(period);
        return figures.get("lead");
    }
}
