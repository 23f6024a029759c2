package vn.dondoc.reporting.unitreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.reporting.ReportingHttpTest;

/** A unit submits its Quý III/2026 report: frozen figures, narrative, once, on time or late. */
class UnitReportApiTest extends ReportingHttpTest {

    private static final String NARRATIVE = """
            "results": "%s", "shortcomings": "Một số hồ sơ chưa số hóa",
            "nextPeriodTasks": "Hoàn thành số hóa", "proposals": "Bổ sung kinh phí"
            """.formatted(Normalizer.normalize("Đã rà soát 12 thủ tục hành chính", Normalizer.Form.NFD));

    @Test
    void submitsOnceLateWithTheFrozenFiguresAndPublishesUnitReportSubmitted() throws Exception {
        String unit = assignedUnit();
        HttpResponse<String> wrongFigures = post("/units/" + unit + "/reports", """
                {"period": "2026-Q3", %s, "lead": {"completedOnTime": 0, "completedLate": 0,
                 "openWithinDeadline": 1, "dueSoon": 0, "openOverdue": 3, "maxDaysOverdue": 0, "continuous": 0,
                 "notOccurred": 0, "noDeadline": 0, "withdrawn": 0, "completionRate": null, "onTimeRate": null}}
                """.formatted(NARRATIVE));

        HttpResponse<String> submitted = post("/units/" + unit + "/reports", "{\"period\": \"Quý III/2026\", "
                + NARRATIVE + "}");
        HttpResponse<String> again = post("/units/" + unit + "/reports", "{\"period\": \"2026-Q3\", " + NARRATIVE + "}");

        assertThat(wrongFigures.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(wrongFigures.body()).get("title").asString()).isEqualTo("Số liệu không khớp số liệu đã chốt");
        assertThat(submitted.statusCode()).isEqualTo(201);
        assertThat(submitted.headers().firstValue("Location")).hasValue("/units/" + unit + "/reports/2026-Q3");
        JsonNode report = JSON.readTree(submitted.body());
        assertThat(report.get("onTime").asBoolean()).isFalse();
        assertThat(report.get("dueDate").asString()).isEqualTo("2026-09-16");
        assertThat(report.get("submittedOn").asString()).isEqualTo("2026-12-01");
        assertThat(report.get("figures").get("frozenOn").asString()).isEqualTo("2026-12-01");
        assertThat(report.get("sections").get("results").asString()).isEqualTo("Đã rà soát 12 thủ tục hành chính");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("title").asString()).isEqualTo("Báo cáo đã được nộp");
        assertThat(get("/units/" + unit + "/reports/2026-Q3").body()).isEqualTo(submitted.body());

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> topics().all(Topics.UNIT_REPORT_SUBMITTED, Duration.ofMillis(300)).stream()
                        .filter(record -> unit.equals(record.key())).toList(), records -> records.size() == 1);
        ConsumerRecord<String, byte[]> record = published.get(0);
        JsonNode event = JSON.readTree(value(record));
        assertThat(header(record, "ce_type")).isEqualTo(EventTypes.UNIT_REPORT_SUBMITTED);
        assertThat(header(record, "ce_subject")).isEqualTo(unit + ":quy-nam:2026-Q3");
        assertThat(event.get("periodLabel").asString()).isEqualTo("Quý III/2026");
        assertThat(event.get("departmentCode").asString()).isEqualTo("SKHCN");
        assertThat(event.get("onTime").asBoolean()).isFalse();
        assertThat(event.get("lead").get("openWithinDeadline").asLong()).isEqualTo(1);
        assertThat(event.get("coordinator").get("openOverdue").asLong()).isEqualTo(1);
        assertThat(event.get("coordinator").get("maxDaysOverdue").asLong()).isEqualTo(4);
        assertThat(event.get("results").asString()).isEqualTo("Đã rà soát 12 thủ tục hành chính");
    }

    @Test
    void recordsAReportOnTimeOnTheUnitsDeadlineAndRefusesAPeriodBeforeItsCutOff() throws Exception {
        clock.setDay(2026, 9, 16);
        String unit = assignedUnit();

        HttpResponse<String> onTime = post("/units/" + unit + "/reports", "{\"period\": \"2026-Q3\", " + NARRATIVE + "}");
        HttpResponse<String> early = post("/units/" + unit + "/reports", "{\"period\": \"2026-Q4\", " + NARRATIVE + "}");

        assertThat(onTime.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(onTime.body()).get("onTime").asBoolean()).isTrue();
        assertThat(early.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(early.body());
        assertThat(problem.get("title").asString()).isEqualTo("Kỳ báo cáo chưa đến ngày chốt số liệu");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Kỳ Quý IV/2026 chốt số liệu ngày 14/12/2026; báo cáo nộp từ ngày 15/12/2026.");
        assertThat(get("/units/" + unit + "/reports/2026-Q4").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownUnitAnUnknownPeriodAndAReportWithoutResults() throws Exception {
        HttpResponse<String> unknownUnit = post("/units/KHONG.CO/reports", "{\"period\": \"2026-Q3\", " + NARRATIVE + "}");
        HttpResponse<String> unknownPeriod = post("/units/SKHCN.VP/reports", "{\"period\": \"Quý V/2026\", "
                + NARRATIVE + "}");
        HttpResponse<String> noResults = post("/units/SKHCN.VP/reports", "{\"period\": \"2026-Q3\", \"results\": \" \"}");

        assertThat(unknownUnit.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknownUnit.body()).get("title").asString()).isEqualTo("Không tìm thấy đơn vị");
        assertThat(unknownPeriod.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownPeriod.body()).get("title").asString()).isEqualTo("Kỳ báo cáo không hợp lệ");
        assertThat(noResults.statusCode()).isEqualTo(400);
        assertThat(noResults.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(noResults.body()).get("errors").valueStream()
                .map(error -> tuple(error.get("field").asString(), error.get("message").asString())).toList())
                .containsExactly(tuple("results", "Cần nêu kết quả thực hiện"));
    }

    /** A unit leading one task due 30/09/2026 and coordinating one due 10/09/2026, both from 01/08/2026. */
    private String assignedUnit() {
        String unit = "SKHCN.C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        sendTaskAssigned(unit, "T1", "LEAD", "\"2026-09-30\"", "2026-08-01T02:00:00Z");
        sendTaskAssigned(unit, "T2", "COORDINATOR", "\"2026-09-10\"", "2026-08-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            JsonNode figures = JSON.readTree(get("/units/" + unit + "/figures?period=2026-Q3&recompute=true").body());
            return figures.path("lead").path("openWithinDeadline").asLong() == 1
                    && figures.path("coordinator").path("openOverdue").asLong() == 1;
        });
        return unit;
    }
}
