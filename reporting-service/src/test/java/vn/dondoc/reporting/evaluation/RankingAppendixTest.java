package vn.dondoc.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.dondoc.reporting.departmentreport.DepartmentReport;
import vn.dondoc.reporting.departmentreport.DepartmentReportDocument;
import vn.dondoc.reporting.departmentreport.DepartmentReportWorkbook;
import vn.dondoc.reporting.departmentreport.ReportAppendix;
import vn.dondoc.reporting.departmentreport.ReportLetterhead;
import vn.dondoc.reporting.unitfigures.RoleFigures;

/**
 * The department report's .docx and .xlsx with the ranking as their appendix, read back with POI. With
 * {@code -Ddocreport.out=<folder>} the file is also left there, to be looked at.
 */
class RankingAppendixTest {

    static final Map<String, String> NAMES = Map.of("SKHCN.CDS", "Phòng Chuyển đổi số", "SKHCN.VP", "Văn phòng Sở",
            "SKHCN.KHTC", "Phòng Kế hoạch - Tài chính", "SKHCN.TTr", "Thanh tra Sở");
    static final UnaryOperator<String> NAME = code -> NAMES.getOrDefault(code, code);
    static final ReportLetterhead SKHCN = new ReportLetterhead("UBND TỈNH THÁI NGUYÊN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "Số:       /BC-SKHCN", "Thái Nguyên", List.of("Văn phòng UBND tỉnh;", "Lưu: VT, VP."), "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC", "Trần Minh Đức");

    private final UnitRankings rankings = new UnitRankings(null, null, new EvaluationSettings(new BigDecimal("10"),
            new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("-5"), new BigDecimal("-0.5"), BigDecimal.ZERO));

    @Test
    void theRankingIsTheLastPageAfterTheSignatureWithFixedWidthsAndTheFormulaUnderIt() throws Exception {
        DepartmentReport report = quarterThree();
        ReportAppendix appendix = rankings.of(report, NAME).orElseThrow();
        byte[] docx = DepartmentReportDocument.write(report, LocalDate.of(2026, 9, 17), SKHCN, NAME, List.of(appendix));
        keep(docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            List<IBodyElement> body = document.getBodyElements();
            int signature = body.indexOf(document.getTables().get(2));
            XWPFParagraph title = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().equals("PHỤ LỤC: XẾP HẠNG ĐƠN VỊ")).findFirst().orElseThrow();
            assertThat(body.indexOf(title)).isGreaterThan(signature);
            assertThat(title.isPageBreak()).isTrue();

            XWPFTable ranking = document.getTables().get(3);
            assertThat(body.indexOf(ranking)).isEqualTo(body.indexOf(title) + 1);
            assertThat(ranking.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            assertThat(ranking.getRow(0).isRepeatHeader()).isTrue();
            assertThat(ranking.getCTTbl().getTblGrid().getGridColList()).map(column -> column.getW().toString())
                    .containsExactly("800", "5486", "1000", "1400", "1400", "1400", "1400", "1400");
            assertThat(rows(ranking)).containsExactly(
                    List.of("Hạng", "Đơn vị", "Điểm", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                            "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Số ngày quá hạn tối đa"),
                    List.of("1", "Phòng Chuyển đổi số", "27", "3", "1", "2", "1", "6"),
                    List.of("1", "Văn phòng Sở", "27", "2", "3", "0", "1", "6"),
                    List.of("3", "Phòng Kế hoạch - Tài chính", "14,5", "2", "0", "0", "1", "1"),
                    List.of("—", "Thanh tra Sở", "—", "0", "0", "0", "0", "0"));
            assertThat(body.get(body.indexOf(ranking) + 1).getElementType()).isEqualTo(BodyElementType.PARAGRAPH);
            assertThat(text.getText()).contains("- Điểm = 10 × hoàn thành đúng hạn + 5 × hoàn thành quá hạn"
                    + " − 5 × đang thực hiện quá hạn − 0,5 × số ngày quá hạn tối đa;", "không xếp hạng.");
        }
    }

    @Test
    void theWorkbookHasTheRankingOnASecondSheetWithTheScoresAsNumbers() throws Exception {
        DepartmentReport report = quarterThree();
        byte[] xlsx = DepartmentReportWorkbook.write(report, LocalDate.of(2026, 9, 17), SKHCN, NAME,
                List.of(rankings.of(report, NAME).orElseThrow()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Báo cáo");
            Sheet sheet = workbook.getSheet("Xếp hạng");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("PHỤ LỤC: XẾP HẠNG ĐƠN VỊ");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Điểm");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Phòng Kế hoạch - Tài chính");
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(14.5);
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("—");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).startsWith("- Điểm = 10 × hoàn thành đúng hạn");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    /**
     * The division (30 + 5 − 5 − 3) and the office (20 + 15 − 5 − 3) tie at 27; the planning division
     * scores 20 − 5 − 0,5; the inspectorate only coordinates: not ranked.
     */
    private static DepartmentReport quarterThree() {
        List<DepartmentReport.UnitRow> rows = List.of(
                new DepartmentReport.UnitRow("SKHCN.CDS", null, null, lead(3, 1, 2, 1, 6), lead(0, 0, 0, 0, 0)),
                new DepartmentReport.UnitRow("SKHCN.KHTC", null, null, lead(2, 0, 0, 1, 1), lead(0, 0, 0, 0, 0)),
                new DepartmentReport.UnitRow("SKHCN.TTr", null, null, lead(0, 0, 0, 0, 0), lead(1, 0, 0, 0, 0)),
                new DepartmentReport.UnitRow("SKHCN.VP", null, null, lead(2, 3, 0, 1, 6), lead(0, 0, 0, 0, 0)));
        return new DepartmentReport("SKHCN", "quy-nam", "2026-Q3", "Quý III/2026", LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 14), rows,
                RoleFigures.sum(rows.stream().map(DepartmentReport.UnitRow::lead).toList()),
                RoleFigures.sum(rows.stream().map(DepartmentReport.UnitRow::coordinator).toList()), List.of(),
                RoleFigures.COMPLETION_RATE_FORMULA, RoleFigures.ON_TIME_RATE_FORMULA);
    }

    private static RoleFigures lead(long onTime, long late, long within, long overdue, long days) {
        return new RoleFigures(onTime, late, within, 0, overdue, days, 0, 0, 0, 0, null, null);
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(row -> row.getTableCells().stream().map(cell -> cell.getText()).toList())
                .toList();
    }

    private static void keep(byte[] content) throws Exception {
        String folder = System.getProperty("docreport.out");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, "department-report-ranking.docx"), content);
        }
    }
}
