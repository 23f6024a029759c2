package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dondoc.reporting.ReportingHttpTest;

/** The matrix a user reads over HTTP after {@code task-assigned} events, on 01/12/2026 in Quý IV/2026. */
class FiguresApiTest extends ReportingHttpTest {

    @Autowired
    FigureSnapshots snapshots;

    @Autowired
    org.springframework.data.mongodb.core.MongoOperations mongo;

    @Test
    void showsALeadAndCoordinatorMatrixWithTheRateFormulas() throws Exception {
        String unit = "S" + UUID.randomUUID().toString().substring(0, 6) + ".QLKH";
        send(unit, "T1", "LEAD", "\"2026-12-03\"");
        send(unit, "T2", "LEAD", "\"2026-11-20\"");
        send(unit, "T3", "LEAD", "null");
        send(unit, "T4", "COORDINATOR", "\"2027-03-31\"");

        JsonNode figures = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> JSON.readTree(get("/units/" + unit + "/figures?period="
                        + URLEncoder.encode("Quý IV/2026", StandardCharsets.UTF_8)).body()),
                node -> node.path("lead").path("noDeadline").asLong() == 1
                        && node.path("coordinator").path("openWithinDeadline").asLong() == 1);

        assertThat(figures.get("periodKey").asString()).isEqualTo("2026-Q4");
        assertThat(figures.get("windowStart").asString()).isEqualTo("2026-09-15");
        assertThat(figures.get("asOf").asString()).isEqualTo("2026-12-01");
        JsonNode lead = figures.get("lead");
        assertThat(lead.get("openWithinDeadline").asLong()).isEqualTo(1);
        assertThat(lead.get("dueSoon").asLong()).isEqualTo(1);
        assertThat(lead.get("openOverdue").asLong()).isEqualTo(1);
        assertThat(lead.get("maxDaysOverdue").asLong()).isEqualTo(11);
        assertThat(lead.get("completionRate").asDouble()).isEqualTo(0.0);
        assertThat(figures.get("coordinator").get("openOverdue").asLong()).isZero();
        assertThat(figures.get("completionRateFormula").asString()).startsWith("Tỷ lệ hoàn thành = ");
        JsonNode atCutOff = JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q4&asOf=2027-01-05").body());
        assertThat(atCutOff.get("asOf").asString()).isEqualTo("2026-12-14");
        assertThat(atCutOff.get("lead").get("openOverdue").asLong()).isEqualTo(2);
        assertThat(atCutOff.get("lead").get("maxDaysOverdue").asLong()).isEqualTo(24);
    }

    @Test
    void figuresCountedOnceAreRecountedAsSoonAsANewFactOfTheUnitArrives() throws Exception {
        String unit = "S" + UUID.randomUUID().toString().substring(0, 6) + ".TTCN";
        String other = "S" + UUID.randomUUID().toString().substring(0, 6) + ".QLKH";
        send(unit, "T1", "LEAD", "\"2026-12-20\"");
        send(other, "T1", "LEAD", "\"2026-12-20\"");
        String figures = "/units/" + unit + "/figures?period=2026-Q4";
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> openWithin(figures) == 1
                && openWithin("/units/" + other + "/figures?period=2026-Q4") == 1);
        assertThat(openWithin(figures)).as("counted again from what was counted").isEqualTo(1);

        send(unit, "T2", "LEAD", "\"2026-12-24\"");
        send(other, "T2", "LEAD", "\"2026-12-24\"");
        send(other, "T3", "LEAD", "\"2026-12-24\"");

        await().atMost(Duration.ofSeconds(30)).until(() -> openWithin(figures) == 2
                && openWithin("/units/" + other + "/figures?period=2026-Q4") == 3);
        // one raise per unit and poll: T2 and T3 may come in one poll or two
        long raised = stampOf(other);
        assertThat(raised).as("raised after each poll with facts of the unit, at most once per fact").isBetween(2L, 3L);

        send(unit, "T3", "LEAD", "\"2026-12-28\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> openWithin(figures) == 3);
        assertThat(stampOf(other)).as("another unit's fact leaves the stamp as it was").isEqualTo(raised);
    }

    private long stampOf(String unit) {
        return mongo.getCollection(FigureStamps.COLLECTION).find(new org.bson.Document("_id", unit)).first()
                .get("n", Number.class).longValue();
    }

    private long openWithin(String path) throws Exception {
        return JSON.readTree(get(path).body()).path("lead").path("openWithinDeadline").asLong();
    }

    @Test
    void freezesAPassedPeriodSoALateEventChangesOnlyTheRecomputedFigures() throws Exception {
        String unit = "S" + UUID.randomUUID().toString().substring(0, 6) + ".CDS";
        send(unit, "T1", "LEAD", "\"2026-09-30\"", "2026-08-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> get("/units/" + unit + "/figures?period=2026-Q3").statusCode() == 200);
        JsonNode before = JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q3").body());

        assertThat(snapshots.freezePassedCutOffs()).isPositive();
        assertThat(snapshots.freezePassedCutOffs()).as("a second run freezes nothing").isZero();
        send(unit, "T2", "LEAD", "\"2026-09-01\"", "2026-08-05T02:00:00Z");
        JsonNode recomputed = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q3&recompute=true").body()),
                node -> node.path("lead").path("openOverdue").asLong() == 1);

        JsonNode frozen = JSON.readTree(get("/units/" + unit + "/figures?period=" + URLEncoder.encode(
                "Quý III/2026", StandardCharsets.UTF_8)).body());
        assertThat(frozen.get("frozenOn").asString()).isEqualTo("2026-12-01");
        assertThat(frozen.get("asOf").asString()).isEqualTo("2026-09-14");
        assertThat(frozen.get("lead")).as("the snapshot equals what was counted before it")
                .isEqualTo(before.get("lead"));
        assertThat(frozen.get("lead").get("openWithinDeadline").asLong()).isEqualTo(1);
        assertThat(frozen.get("lead").get("openOverdue").asLong()).isZero();
        assertThat(recomputed.get("lead").get("maxDaysOverdue").asLong()).isEqualTo(13);
        assertThat(recomputed.get("frozenOn").isNull()).isTrue();
    }

    @Test
    void freezesEachPassedPeriodOfAUnitWithTheFiguresThePeriodHasCountedAlone() throws Exception {
        String unit = "S" + UUID.randomUUID().toString().substring(0, 6) + ".TTRA";
        send(unit, "T1", "LEAD", "\"2026-03-20\"", "2026-01-10T02:00:00Z");
        send(unit, "T2", "LEAD", "\"2026-06-20\"", "2026-04-10T02:00:00Z");
        send(unit, "T3", "COORDINATOR", "\"2026-08-20\"", "2026-07-10T02:00:00Z");
        List<String> periods = List.of("2026-Q1", "2026-Q2", "2026-Q3");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> JSON.readTree(get("/units/" + unit
                + "/figures?period=2026-Q3").body()).path("coordinator").path("openOverdue").asLong() == 1);
        Map<String, JsonNode> alone = new LinkedHashMap<>();
        for (String period : periods) {
            alone.put(period, JSON.readTree(get("/units/" + unit + "/figures?period=" + period).body()));
        }
        assertThat(alone.get("2026-Q1").get("lead")).isNotEqualTo(alone.get("2026-Q2").get("lead"));
        // a fact of a later period: the unit's figures are counted again (not served from the cache) when frozen
        send(unit, "T4", "LEAD", "\"2026-12-20\"", "2026-11-10T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> JSON.readTree(get("/units/" + unit
                + "/figures?period=2026-Q4").body()).path("lead").path("openWithinDeadline").asLong() == 1);

        assertThat(snapshots.freezePassedCutOffs()).isPositive();

        for (String period : periods) {
            JsonNode frozen = JSON.readTree(get("/units/" + unit + "/figures?period=" + period).body());
            assertThat(frozen.get("frozenOn").asString()).as(period).isEqualTo("2026-12-01");
            assertThat(frozen.get("lead")).as(period).isEqualTo(alone.get(period).get("lead"));
            assertThat(frozen.get("coordinator")).as(period).isEqualTo(alone.get(period).get("coordinator"));
        }
    }

    @Test
    void keepsTheSnapshotWhenLifecycleEventsArriveAfterTheCutOff() throws Exception {
        String unit = "S" + UUID.randomUUID().toString().substring(0, 6) + ".KHTC";
        try (TaskEventFeed feed = new TaskEventFeed(brokers())) {
            feed.assigned(unit, "T1", "LEAD", "2026-09-30", "FIXED_DEADLINE", "2026-08-01");
            feed.assigned(unit, "T2", "LEAD", "2026-10-31", "FIXED_DEADLINE", "2026-08-01");
            feed.flush();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> JSON.readTree(get("/units/" + unit
                    + "/figures?period=2026-Q3").body()).path("lead").path("openWithinDeadline").asLong() == 2);
            JsonNode before = JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q3").body());
            assertThat(snapshots.freezePassedCutOffs()).isPositive();

            // Accepted on 20/11 (submitted 10/09); a withdrawal of 05/09 that reaches reporting only now.
            feed.accepted(unit, "T1", "2026-09-10", "2026-11-20");
            feed.withdrawn(unit, "T2", "2026-09-05");
            feed.flush();
            JsonNode recomputed = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                    () -> JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q3&recompute=true").body()),
                    node -> node.path("lead").path("withdrawn").asLong() == 1);
            JsonNode fourthQuarter = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                    () -> JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q4").body()),
                    node -> node.path("lead").path("completedOnTime").asLong() == 1);

            JsonNode frozen = JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q3").body());
            assertThat(frozen.get("frozenOn").asString()).isEqualTo("2026-12-01");
            assertThat(frozen.get("lead")).as("the snapshot is what was counted before the events")
                    .isEqualTo(before.get("lead"));
            assertThat(Matrix.of(frozen.get("lead"))).isEqualTo(Matrix.row(0, 0, 2, 0, 0, 0, 0, 0, "null", "null"));
            assertThat(Matrix.of(recomputed.get("lead"))).as("accepted after the cut-off: open at it")
                    .isEqualTo(Matrix.row(0, 0, 1, 0, 0, 0, 0, 1, "null", "null"));
            assertThat(Matrix.of(fourthQuarter.get("lead"))).as("completed when accepted, on time by its submission")
                    .isEqualTo(Matrix.row(1, 0, 0, 0, 0, 0, 0, 0, "100.0", "100.0"));
        }
    }

    @Test
    void answersAnUnknownPeriodOrUnitWithAVietnameseProblem() throws Exception {
        HttpResponse<String> badPeriod = get("/units/SKHCN.VP/figures?period=2026-Q5");
        HttpResponse<String> unknownUnit = get("/units/KHONG.CO/figures?period=2026-Q4");

        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(badPeriod.body()).get("title").asString()).isEqualTo("Kỳ báo cáo không hợp lệ");
        assertThat(JSON.readTree(badPeriod.body()).get("detail").asString())
                .isEqualTo("Kỳ '2026-Q5' không thuộc chế độ báo cáo 'quý, năm' (ví dụ: 2026-Q4 hoặc Quý IV/2026).");
        assertThat(unknownUnit.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknownUnit.body()).get("title").asString()).isEqualTo("Không tìm thấy đơn vị");
    }

    private void send(String unit, String task, String role, String due) {
        sendTaskAssigned(unit, task, role, due, "2026-11-01T02:00:00Z");
    }

    private void send(String unit, String task, String role, String due, String at) {
        sendTaskAssigned(unit, task, role, due, at);
    }
}
