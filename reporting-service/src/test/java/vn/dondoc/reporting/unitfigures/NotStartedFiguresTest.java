package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.reporting.ReportingHttpTest;

/**
 * "Chưa tiếp nhận" in a unit's figures: of its open lead tasks, those it has not taken on yet (no
 * acknowledgement, progress or result) — the count the evaluation's {@code not-started} weight uses.
 */
class NotStartedFiguresTest extends ReportingHttpTest {

    @Test
    void countsTheOpenLeadTasksWithoutAcknowledgementProgressOrResult() throws Exception {
        String unit = "SKHCN.NS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (TaskEventFeed feed = new TaskEventFeed(brokers())) {
            feed.assigned(unit, "T1", "LEAD", "2026-12-20", "FIXED_DEADLINE", "2026-10-01");
            feed.assigned(unit, "T2", "LEAD", "2026-11-20", "FIXED_DEADLINE", "2026-10-01");
            feed.assigned(unit, "T3", "LEAD", "2026-12-20", "FIXED_DEADLINE", "2026-10-01");
            feed.assigned(unit, "T4", "COORDINATOR", "2026-12-20", "FIXED_DEADLINE", "2026-10-01");
            feed.acknowledged(unit, "T1", "2026-10-02");
            feed.progressReported(unit, "T3", 30, "2026-10-05");
            feed.flush();
        }

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode figures = JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q4&recompute=true").body());
            assertThat(figures.path("lead").path("openWithinDeadline").asLong()).isEqualTo(2);
            assertThat(figures.path("lead").path("openOverdue").asLong()).isEqualTo(1);
            assertThat(figures.path("lead").path("notStarted").asLong())
                    .as("T2, overdue and never taken on; T1 acknowledged, T3 with progress").isEqualTo(1);
            assertThat(figures.path("coordinator").path("notStarted").asLong()).isEqualTo(1);
        });
    }
}
