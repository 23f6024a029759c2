package vn.dondoc.reporting.departmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.reporting.ReportingHttpTest;

/**
 * The office sends the Quý III/2026 department report to UBND tỉnh on 01/12/2026 (late: the office's
 * deadline was Fri 18/09/2026): once, frozen, and published as {@code department-report-submitted}.
 */
class DepartmentReportSubmissionTest extends ReportingHttpTest {

    private static final String NULL_RATES = "\"completionRate\": null, \"onTimeRate\": null";

    @Autowired
    MongoOperations mongo;

    private final String department = "N" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String vp = department + ".VP";
    private final String cds = department + ".CDS";

    @Test
    void theOfficeSubmitsOnceAndTheProvincesFeedGetsTheFrozenFigures() throws Exception {
        givenOneUnitSubmittedQ3AndTheOtherDidNot(department, cds, vp);
        String reportId = department + ":quy-nam:2026-Q3";

        HttpResponse<String> byUnit = submit("2026-Q3", TestTokens.unit(cds));
        HttpResponse<String> byProvince = submit("2026-Q3", TestTokens.province());
        HttpResponse<String> submitted = submit("Quý III/2026", TestTokens.office(department));
        HttpResponse<String> again = submit("2026-Q3", TestTokens.leadership(department));

        assertThat(byUnit.statusCode()).isEqualTo(403);
        assertThat(byProvince.statusCode()).isEqualTo(403);
        assertThat(submitted.statusCode()).isEqualTo(201);
        assertThat(submitted.headers().firstValue("Location"))
                .hasValue("/departments/" + department + "/reports/2026-Q3?regime=quy-nam");
        JsonNode sent = JSON.readTree(submitted.body());
        assertThat(sent.get("id").asString()).isEqualTo(reportId);
        assertThat(sent.get("dueDate").asString()).isEqualTo("2026-09-18");
        assertThat(sent.get("submittedOn").asString()).isEqualTo("2026-12-01");
        assertThat(sent.get("onTime").asBoolean()).isFalse();
        assertThat(sent.get("submittedBy").asString()).isEqualTo("van-thu");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("title").asString()).isEqualTo("Báo cáo của Sở đã được nộp");
        assertThat(JSON.readTree(again.body()).get("detail").asString()).isEqualTo("Sở '" + department
                + "' đã nộp báo cáo kỳ Quý III/2026 cho UBND tỉnh; báo cáo đã nộp không thay đổi được.");

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(this::publishedForDepartment, records -> !records.isEmpty());
        assertThat(published).hasSize(1);
        ConsumerRecord<String, byte[]> record = published.get(0);
        String eventId = UUID.nameUUIDFromBytes(("department-report-submitted:" + reportId)
                .getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(header(record, "ce_type")).isEqualTo(EventTypes.DEPARTMENT_REPORT_SUBMITTED);
        assertThat(header(record, "ce_source")).isEqualTo("/dondoc/reporting-service");
        assertThat(header(record, "ce_subject")).isEqualTo(reportId);
        assertThat(header(record, "ce_id")).isEqualTo(eventId);
        assertThat(JSON.readTree(value(record))).isEqualTo(JSON.readTree(expectedEvent(eventId, reportId)));

        SubmittedDepartmentReport stored = await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.findById(reportId, SubmittedDepartmentReport.class), document -> document.pendingEvents().isEmpty());
        assertThat(stored.report().units()).extracting(DepartmentReport.UnitRow::unitCode).containsExactly(cds, vp);
        assertThat(JSON.readTree(get("/departments/" + department + "/reports/2026-Q3").body()))
                .isEqualTo(sent.get("report"));
    }

    @Test
    void laterWorkNeverChangesASubmittedReport() throws Exception {
        givenOneUnitSubmittedQ3AndTheOtherDidNot(department, cds, vp);
        JsonNode sent = JSON.readTree(submit("2026-Q3", TestTokens.office(department)).body()).get("report");

        sendTaskAssigned(department + ".QLKH", department, "T3", "LEAD", "\"2026-09-01\"", "2026-08-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                get("/units/" + department + ".QLKH/counts").statusCode() == 200);

        assertThat(JSON.readTree(get("/departments/" + department + "/reports/2026-Q3").body())).isEqualTo(sent);
    }

    @Test
    void refusesBeforeTheCutOffAnUnknownPeriodOrDepartmentAndPublishesNothing() throws Exception {
        givenOneUnitSubmittedQ3AndTheOtherDidNot(department, cds, vp);

        HttpResponse<String> early = submit("2026-Q4", TestTokens.office(department));
        HttpResponse<String> unknownPeriod = submit("Quý V/2026", TestTokens.office(department));
        HttpResponse<String> unknownDepartment = post("/departments/KHONGCO/reports", "{\"period\": \"2026-Q3\"}",
                TestTokens.office("KHONGCO"));
        HttpResponse<String> noPeriod = submit(" ", TestTokens.office(department));

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(early.body()).get("title").asString()).isEqualTo("Kỳ báo cáo chưa đến ngày chốt số liệu");
        assertThat(JSON.readTree(early.body()).get("detail").asString())
                .isEqualTo("Kỳ Quý IV/2026 chốt số liệu ngày 14/12/2026; báo cáo của Sở nộp từ ngày 15/12/2026.");
        assertThat(unknownPeriod.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownPeriod.body()).get("title").asString()).isEqualTo("Kỳ báo cáo không hợp lệ");
        assertThat(JSON.readTree(unknownPeriod.body()).get("detail").asString())
                .isEqualTo("Kỳ 'Quý V/2026' không thuộc chế độ báo cáo 'quý, năm' (ví dụ: 2026-Q4 hoặc Quý IV/2026).");
        assertThat(unknownDepartment.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknownDepartment.body()).get("title").asString()).isEqualTo("Không tìm thấy sở");
        assertThat(noPeriod.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noPeriod.body()).get("errors").get(0).get("message").asString())
                .isEqualTo("Cần nêu kỳ báo cáo");
        assertThat(publishedForDepartment()).isEmpty();
        assertThat(mongo.findAll(SubmittedDepartmentReport.class))
                .noneMatch(report -> report.departmentCode().equals(department));
    }

    private HttpResponse<String> submit(String period, String token) throws Exception {
        return post("/departments/" + department + "/reports", "{\"period\": \"" + period + "\"}", token);
    }

    private List<ConsumerRecord<String, byte[]>> publishedForDepartment() {
        try {
            return topics().all(Topics.DEPARTMENT_REPORT_SUBMITTED, Duration.ofMillis(300)).stream()
                    .filter(record -> department.equals(record.key())).toList();
        } catch (IllegalStateException noPartitions) {
            return List.of(); // the topic does not exist yet: nothing was ever published on it
        }
    }


    private String expectedEvent(String eventId, String reportId) {
        String zero = figures(0, 0, 0, NULL_RATES);
        return """
                {"eventId": "%s", "occurredAt": "2026-12-01T02:00:00Z", "reportId": "%s",
                 "departmentCode": "%s", "regime": "quy-nam", "periodType": "QUARTER", "periodKey": "2026-Q3",
                 "periodLabel": "Quý III/2026", "windowStart": "2026-06-15", "windowEnd": "2026-09-14",
                 "asOf": "2026-09-14", "dueDate": "2026-09-18", "submittedOn": "2026-12-01", "onTime": false,
                 "submittedBy": "van-thu",
                 "units": [
                   {"unitCode": "%s", "submittedOn": "2026-12-01", "onTime": false, "lead": %s, "coordinator": %s,
                    "unitName": "%s"},
                   {"unitCode": "%s", "submittedOn": null, "onTime": null, "lead": %s, "coordinator": %s,
                    "unitName": "%s"}],
                 "leadTotal": %s, "coordinatorTotal": %s, "notSubmitted": ["%s"],
                 "completionRateFormula": "Tỷ lệ hoàn thành = (hoàn thành đúng hạn + hoàn thành quá hạn) ÷ (hoàn thành đúng hạn + hoàn thành quá hạn + đang thực hiện quá hạn) × 100%%",
                 "onTimeRateFormula": "Tỷ lệ đúng hạn = hoàn thành đúng hạn ÷ (hoàn thành đúng hạn + hoàn thành quá hạn + đang thực hiện quá hạn) × 100%%"}
                """.formatted(eventId, reportId, department,
                cds, figures(1, 0, 0, NULL_RATES), zero, cds,
                vp, figures(1, 1, 4, "\"completionRate\": 0.0, \"onTimeRate\": 0.0"), zero, vp,
                figures(2, 1, 4, "\"completionRate\": 0.0, \"onTimeRate\": 0.0"), zero, vp);
    }

    private static String figures(long openWithinDeadline, long openOverdue, long maxDaysOverdue, String rates) {
        return """
                {"completedOnTime": 0, "completedLate": 0, "openWithinDeadline": %d, "dueSoon": 0, "openOverdue": %d,
                 "maxDaysOverdue": %d, "continuous": 0, "notOccurred": 0, "noDeadline": 0, "withdrawn": 0, %s,
                 "timeframeToSet": 0}
                """.formatted(openWithinDeadline, openOverdue, maxDaysOverdue, rates);
    }
}
