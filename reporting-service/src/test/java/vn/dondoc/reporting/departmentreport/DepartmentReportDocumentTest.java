package vn.dondoc.reporting.departmentreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dondoc.reporting.unitfigures.RoleFigures;

/**
 * The department report as the office prints and signs it, read back with POI. With
 * {@code -Ddocreport.out=<folder>} the test also leaves the two files there, to be rendered with
 * LibreOffice and looked at (docs/department-report-docx.png, docs/department-report-xlsx.png).
 */
class DepartmentReportDocumentTest {

    static final Map<String, String> NAMES = Map.of("SKHCN.CDS", "Phòng Chuyển đổi số", "SKHCN.VP", "Văn phòng Sở",
            "SKHCN.CNTT", "Trung tâm Công nghệ thông tin và Truyền thông", "SKHCN.KHTC", "Phòng Kế hoạch - Tài chính");
    static final UnaryOperator<String> NAME = code -> NAMES.getOrDefault(code, code);
    static final ReportLetterhead SKHCN = new ReportLetterhead("UBND TỈNH THÁI NGUYÊN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "Số:       /BC-SKHCN", "Thái Nguyên", List.of("Văn phòng UBND tỉnh;", "Ban Giám đốc Sở;", "Lưu: VT, VP."),
            "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Minh Đức");
    static final LocalDate SIGNED = LocalDate.of(2026, 9, 17);

    @Test
    void isAnA4LandscapeReportWithTheDecreesHeadingTitleAndSignatureBlock() throws Exception {
        byte[] docx = DepartmentReportDocument.write(quarterThree(), SIGNED, SKHCN, NAME);
        keep("department-report.docx", docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            CTPageSz page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(List.of(page.getW(), page.getH())).map(Object::toString).containsExactly("16838", "11906");

            XWPFTable heading = document.getTables().get(0);
            assertThat(heading.getRow(0).getCell(0).getText()).contains("UBND TỈNH THÁI NGUYÊN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                    "Số:       /BC-SKHCN");
            assertThat(run(heading.getRow(0).getCell(0), "SỞ KHOA HỌC VÀ CÔNG NGHỆ").isBold()).isTrue();
            assertThat(heading.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Thái Nguyên, ngày 17 tháng 9 năm 2026");
            assertThat(run(heading.getRow(0).getCell(1), "Độc lập - Tự do - Hạnh phúc").getUnderline().name())
                    .isEqualTo("SINGLE");
            assertThat(run(heading.getRow(0).getCell(1), "Thái Nguyên, ngày 17 tháng 9 năm 2026").isItalic()).isTrue();
            String text = extractor.getText();
            assertThat(text).contains("BÁO CÁO\n", "Kết quả thực hiện nhiệm vụ quý III/2026",
                    "Đơn vị chưa nộp báo cáo: Văn phòng Sở, Trung tâm Công nghệ thông tin và Truyền thông.")
                    .doesNotContain("SKHCN.");

            XWPFTable figures = document.getTables().get(1);
            assertThat(figures.getRow(0).isRepeatHeader()).isTrue();
            assertThat(figures.getRow(1).isRepeatHeader()).isTrue();
            assertThat(figures.getRow(2).isRepeatHeader()).isFalse();
            assertThat(figures.getRow(0).getCell(3).getText()).isEqualTo("Hoàn thành");
            assertThat(figures.getRow(1).getCell(3).getText()).isEqualTo("Đúng hạn");
            assertThat(figures.getRow(2).getCell(1).getText()).isEqualTo("Phòng Chuyển đổi số");
            assertThat(figures.getRow(4).getCell(1).getText()).isEqualTo("Văn phòng Sở");
            assertThat(figures.getRow(4).getCell(16).getText()).isEqualTo("Chưa nộp");
            assertThat(figures.getRow(10).getCell(1).getText()).isEqualTo("Tổng cộng");
            assertThat(figures.getRow(10).getCell(4).getText()).isEqualTo("2");
            assertThat(figures.getRow(10).getCell(14).getText()).isEqualTo("84,2");
            assertThat(figures.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");

            XWPFTable signature = document.getTables().get(2);
            assertThat(signature.getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- Văn phòng UBND tỉnh;",
                    "- Lưu: VT, VP.");
            assertThat(signature.getRow(0).getCell(1).getText()).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                    "Trần Minh Đức");
            assertThat(document.getParagraphs()).flatMap(paragraph -> paragraph.getRuns()).allSatisfy(run ->
                    assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    @Test
    void theWorkbookNamesTheUnitsAndPrintsOnA4LandscapeOnePageWideWithItsHeadingRowRepeated() throws Exception {
        byte[] xlsx = DepartmentReportWorkbook.write(quarterThree(), SIGNED, SKHCN, NAME);
        keep("department-report.xlsx", xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            List<List<String>> cells = cells(sheet);
            assertThat(cells.get(0)).contains("UBND TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(cells.get(1)).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc");
            assertThat(cells.get(2)).contains("Số:       /BC-SKHCN", "Thái Nguyên, ngày 17 tháng 9 năm 2026");
            assertThat(cells).contains(List.of("1", "Phòng Chuyển đổi số", "Chủ trì", "3", "1", "2", "1", "1", "6", "1",
                    "0", "0", "0", "0", "80", "60", "16/09/2026 (đúng hạn)"));
            assertThat(cells).anySatisfy(row -> assertThat(row).contains("Trần Minh Đức"));
            assertThat(cells.toString()).doesNotContain("SKHCN.");

            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "STT".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                }
            }
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(header);
            assertThat(workbook.getPrintArea(0)).isEqualTo("'Báo cáo'!$A$1:$Q$" + (sheet.getLastRowNum() + 1));
        }
    }

    @Test
    void datesFollowTheDecreeAndADepartmentKnownOnlyByItsCodeStillGetsANumberLineForTheClerk() {
        assertThat(DepartmentReportDocument.dateLine("Thái Nguyên", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Thái Nguyên, ngày 05 tháng 02 năm 2026");
        assertThat(DepartmentReportDocument.dateLine("", LocalDate.of(2026, 12, 14))).isEqualTo("Ngày 14 tháng 12 năm 2026");
        assertThat(ReportLetterhead.of("SKHCN").number()).isEqualTo("Số:       /BC-SKHCN");
    }

    static DepartmentReport quarterThree() {
        List<DepartmentReport.UnitRow> rows = List.of(
                new DepartmentReport.UnitRow("SKHCN.CDS", LocalDate.of(2026, 9, 16), true,
                        figures(3, 1, 2, 1, 1, 6, 1, 0, 0, 0), figures(2, 0, 1, 0, 0, 0, 0, 1, 0, 0)),
                new DepartmentReport.UnitRow("SKHCN.VP", null, null,
                        figures(4, 0, 3, 0, 2, 12, 2, 0, 1, 1), figures(1, 1, 2, 1, 0, 0, 0, 0, 0, 0)),
                new DepartmentReport.UnitRow("SKHCN.KHTC", LocalDate.of(2026, 9, 18), false,
                        figures(2, 1, 1, 0, 0, 0, 1, 0, 0, 0), figures(0, 0, 1, 0, 0, 0, 0, 0, 0, 0)),
                new DepartmentReport.UnitRow("SKHCN.CNTT", null, null,
                        figures(5, 0, 2, 1, 0, 0, 3, 1, 0, 0), figures(1, 0, 0, 0, 0, 0, 1, 0, 0, 0)));
        return new DepartmentReport("SKHCN", "quy-nam", "2026-Q3", "Quý III/2026", LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 14), rows,
                RoleFigures.sum(rows.stream().map(DepartmentReport.UnitRow::lead).toList()),
                RoleFigures.sum(rows.stream().map(DepartmentReport.UnitRow::coordinator).toList()),
                List.of("SKHCN.VP", "SKHCN.CNTT"), RoleFigures.COMPLETION_RATE_FORMULA, RoleFigures.ON_TIME_RATE_FORMULA);
    }

    private static RoleFigures figures(long onTime, long late, long within, long dueSoon, long overdue, long days,
            long continuous, long notOccurred, long noDeadline, long withdrawn) {
        RoleFigures counted = RoleFigures.sum(List.of(new RoleFigures(onTime, late, within, dueSoon, overdue, days,
                continuous, notOccurred, noDeadline, withdrawn, BigDecimal.ZERO, BigDecimal.ZERO)));
        return counted;
    }

    private static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream())
                .filter(run -> text.equals(run.text())).findFirst().orElseThrow();
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

    private static void keep(String name, byte[] content) throws IOException {
        String folder = System.getProperty("docreport.out");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name), content);
        }
    }
}
