package vn.dondoc.reporting.departmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.unitnames.UnitNames;

/** The office's Quý III/2026 report of a department with two units, one of which has submitted. */
class DepartmentReportApiTest extends ReportingHttpTest {

    private final String department = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String vp = department + ".VP";
    private final String cds = department + ".CDS";

    @Autowired
    UnitNames names;

    @Test
    void listsEveryUnitWithTotalsAndTheUnitsNotSubmittedInJsonXlsxAndDocx() throws Exception {
        givenOneUnitSubmittedQ3AndTheOtherDidNot(department, cds, vp);
        // plan-service's directory named one unit and the department; the other unit is not known yet
        sendUnitDirectoryChanged(cds, department, "Phòng Chuyển đổi số", "DIVISION", "2026-01-05T02:00:00Z");
        sendUnitDirectoryChanged(vp, "UBND", "Sở Thử nghiệm", "DEPARTMENT", "2026-01-05T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> names.department(department).isPresent()
                && names.unit(cds).equals("Phòng Chuyển đổi số"));

        JsonNode report = JSON.readTree(get("/departments/" + department + "/reports/2026-Q3").body());
        byte[] xlsx = bytes("/departments/" + department + "/reports/2026-Q3/xlsx");
        byte[] docx = bytes("/departments/" + department + "/reports/2026-Q3/docx");

        assertThat(report.get("periodLabel").asString()).isEqualTo("Quý III/2026");
        assertThat(report.get("notSubmitted").valueStream().map(JsonNode::asString).toList()).containsExactly(vp);
        assertThat(report.get("units").valueStream().map(unit -> unit.get("unitCode").asString()).toList())
                .containsExactly(cds, vp);
        assertThat(report.get("units").get(0).get("unitName").asString()).as("a person reads names")
                .isEqualTo("Phòng Chuyển đổi số");
        assertThat(report.get("leadTotal").get("openWithinDeadline").asLong()).isEqualTo(2);
        assertThat(report.get("leadTotal").get("openOverdue").asLong()).isEqualTo(1);
        assertThat(report.get("leadTotal").get("maxDaysOverdue").asLong()).isEqualTo(4);
        assertThat(report.get("leadTotal").get("completionRate").asDouble()).isEqualTo(0.0);

        // the JSON keeps the codes; the documents people read name the units (a unit not named yet: its code)
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> cells = cells(workbook.getSheet("Báo cáo"));
            assertThat(cells.get(0)).contains("UBND TỈNH THÁI NGUYÊN");
            assertThat(cells.get(1)).contains("SỞ THỬ NGHIỆM");
            assertThat(cells).anySatisfy(row -> assertThat(row).containsExactly("BÁO CÁO"));
            assertThat(cells).anySatisfy(row -> assertThat(row).containsExactly("Kết quả thực hiện nhiệm vụ quý III/2026"));
            assertThat(cells).contains(List.of("1", "Phòng Chuyển đổi số", "Chủ trì", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0",
                    "0", "—", "—", "01/12/2026 (quá hạn)"));
            assertThat(cells).contains(List.of("2", vp, "Chủ trì", "0", "0", "1", "0", "1", "4", "0", "0", "0", "0",
                    "0", "0", "0", "Chưa nộp"));
            assertThat(cells).contains(List.of("", "Tổng cộng", "Chủ trì", "0", "0", "2", "0", "1", "4", "0", "0", "0",
                    "0", "0", "0", "0", ""));
            assertThat(cells).contains(List.of("Đơn vị chưa nộp báo cáo: " + vp + "."));
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("UBND TỈNH THÁI NGUYÊN", "SỞ THỬ NGHIỆM", "Số:       /BC-" + department,
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Kết quả thực hiện nhiệm vụ quý III/2026", "Thái Nguyên, ngày 01 tháng 12 năm 2026",
                    "Số liệu từ ngày 15/06/2026 đến ngày 14/09/2026", "Đơn vị chưa nộp báo cáo: " + vp + ".",
                    "Tỷ lệ hoàn thành = ", "Nơi nhận:", "- Văn phòng UBND tỉnh;");
            assertThat(document.getTables().get(1).getRow(2).getCell(1).getText()).isEqualTo("Phòng Chuyển đổi số");
            assertThat(document.getTables().get(1).getRow(4).getCell(1).getText()).isEqualTo(vp);
            assertThat(document.getTables().get(1).getRow(4).getCell(8).getText()).isEqualTo("4");
        }
    }

    @Test
    void asOfADayGivesEveryUnitsFiguresAsTheyStoodThatDay() throws Exception {
        givenOneUnitSubmittedQ3AndTheOtherDidNot(department, cds, vp);

        JsonNode beforeDeadline = JSON.readTree(get("/departments/" + department + "/reports/2026-Q3?asOf=2026-09-05").body());
        JsonNode twoDaysLate = JSON.readTree(get("/departments/" + department + "/reports/2026-Q3?asOf=2026-09-12").body());

        assertThat(vpLead(beforeDeadline).get("openOverdue").asLong()).isZero();
        assertThat(vpLead(beforeDeadline).get("openWithinDeadline").asLong()).isEqualTo(2);
        assertThat(beforeDeadline.get("asOf").asString()).isEqualTo("2026-09-05");
        assertThat(vpLead(twoDaysLate).get("openOverdue").asLong()).isEqualTo(1);
        assertThat(vpLead(twoDaysLate).get("maxDaysOverdue").asLong()).isEqualTo(2);
        assertThat(twoDaysLate.get("notSubmitted").valueStream().map(JsonNode::asString).toList()).containsExactly(vp);
    }

    private JsonNode vpLead(JsonNode report) {
        return report.get("units").valueStream().filter(unit -> unit.get("unitCode").asString().equals(vp))
                .findFirst().orElseThrow().get("lead");
    }

    @Test
    void answersAnUnknownDepartmentOrPeriodWithAVietnameseProblem() throws Exception {
        HttpResponse<String> unknown = get("/departments/KHONGCO/reports/2026-Q3/xlsx");
        HttpResponse<String> badPeriod = get("/departments/" + department + "/reports/2026-Q9");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("title").asString()).isEqualTo("Không tìm thấy sở");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badPeriod.body()).get("title").asString()).isEqualTo("Kỳ báo cáo không hợp lệ");
    }


    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).GET()
                .header("Authorization", TestTokens.bearer(TestTokens.office(path.split("/")[2]))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            row.forEach(cell -> values.add(format.formatCellValue(cell)));
            rows.add(values);
        }
        return rows;
    }
}
