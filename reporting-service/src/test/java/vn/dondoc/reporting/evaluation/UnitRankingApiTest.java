package vn.dondoc.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.unitnames.UnitNames;

/**
 * The ranking of a department with two units in Quý III/2026: the division has one lead task open
 * within its deadline (score 0), the office one within and one 4 days overdue (−5 − 0,5 × 4 = −7).
 */
class UnitRankingApiTest extends ReportingHttpTest {

    private static final String FORMULA = "Điểm = 10 × hoàn thành đúng hạn + 5 × hoàn thành quá hạn"
            + " − 5 × đang thực hiện quá hạn − 0,5 × số ngày quá hạn tối đa";

    private final String department = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String vp = department + ".VP";
    private final String cds = department + ".CDS";

    @Autowired
    UnitNames names;

    @Test
    void ranksTheUnitsByScoreWithTheirNamesCountsAndTheFormula() throws Exception {
        givenOneUnitSubmittedQ3AndTheOtherDidNot(department, cds, vp);
        sendUnitDirectoryChanged(cds, department, "Phòng Chuyển đổi số", "DIVISION", "2026-01-05T02:00:00Z");
        sendUnitDirectoryChanged(vp, department, "Văn phòng Sở", "OFFICE", "2026-01-05T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> names.unit(cds).equals("Phòng Chuyển đổi số")
                && names.unit(vp).equals("Văn phòng Sở"));

        HttpResponse<String> response = get("/departments/" + department + "/rankings?period=2026-Q3");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode ranking = JSON.readTree(response.body());
        assertThat(ranking.get("periodLabel").asString()).isEqualTo("Quý III/2026");
        assertThat(ranking.get("formula").asString()).isEqualTo(FORMULA);
        List<JsonNode> units = ranking.get("units").valueStream().toList();
        assertThat(units).extracting(unit -> unit.get("rank").asInt(), unit -> unit.get("unitCode").asString(),
                unit -> unit.get("unitName").asString(), unit -> unit.get("score").asDouble())
                .containsExactly(tuple(1, cds, "Phòng Chuyển đổi số", 0.0),
                        tuple(2, vp, "Văn phòng Sở", -7.0));
        assertThat(units.get(1).get("openWithinDeadline").asLong()).isEqualTo(1);
        assertThat(units.get(1).get("openOverdue").asLong()).isEqualTo(1);
        assertThat(units.get(1).get("maxDaysOverdue").asLong()).isEqualTo(4);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx(department)));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("PHỤ LỤC: XẾP HẠNG ĐƠN VỊ", FORMULA);
            XWPFTable appendix = document.getTables().get(document.getTables().size() - 1);
            assertThat(List.of(appendix.getRow(2).getCell(0).getText(), appendix.getRow(2).getCell(1).getText(),
                    appendix.getRow(2).getCell(2).getText(), appendix.getRow(2).getCell(7).getText()))
                    .containsExactly("2", "Văn phòng Sở", "-7", "4");
        }
    }

    @Test
    void isForTheDepartmentsOfficeAndLeadershipAndTheProvinceNotForAUnitOrAnotherDepartment() throws Exception {
        givenOneUnitSubmittedQ3AndTheOtherDidNot(department, cds, vp);
        String path = "/departments/" + department + "/rankings?period=2026-Q3";

        assertThat(get(path, TestTokens.office(department)).statusCode()).isEqualTo(200);
        assertThat(get(path, TestTokens.leadership(department)).statusCode()).isEqualTo(200);
        assertThat(get(path, TestTokens.province()).statusCode()).isEqualTo(200);
        assertThat(get(path, TestTokens.unit(cds)).statusCode()).isEqualTo(403);
        assertThat(get(path, TestTokens.office("SKHCN")).statusCode()).isEqualTo(403);
    }

    @Test
    void answersABadPeriodOrAnUnknownDepartmentWithAVietnameseProblem() throws Exception {
        HttpResponse<String> badPeriod = get("/departments/" + department + "/rankings?period=2026-Q9");
        HttpResponse<String> unknown = get("/departments/KHONGCO/rankings?period=2026-Q3");

        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badPeriod.body()).get("title").asString()).isEqualTo("Kỳ báo cáo không hợp lệ");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("title").asString()).isEqualTo("Không tìm thấy sở");
    }

    private byte[] docx(String department) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/departments/" + department + "/reports/2026-Q3/docx"))
                .header("Authorization", TestTokens.bearer(TestTokens.office(department))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
