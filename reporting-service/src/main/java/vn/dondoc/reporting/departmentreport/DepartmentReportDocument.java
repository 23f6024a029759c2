package vn.dondoc.reporting.departmentreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The department report as a .docx laid out like a Vietnamese administrative report (Nghị định
 * 30/2020): issuer and national motto side by side, number and date, title, the figures table,
 * the units not submitted, the formulas, and "Nơi nhận".
 */
public final class DepartmentReportDocument {

    private static final String FONT = "Times New Roman";

    private DepartmentReportDocument() {
    }

    public static byte[] write(DepartmentReport report, LocalDate issuedOn) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(document);
            XWPFTable heading = document.createTable(1, 2);
            heading.removeBorders();
            lines(heading.getRow(0).getCell(0), true, "SỞ " + report.departmentCode(),
                    "Số:      /BC-" + report.departmentCode());
            lines(heading.getRow(0).getCell(1), true, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc");
            paragraph(document, ParagraphAlignment.RIGHT, false, true, "ngày " + issuedOn.getDayOfMonth() + " tháng "
                    + issuedOn.getMonthValue() + " năm " + issuedOn.getYear());
            paragraph(document, ParagraphAlignment.CENTER, true, false, ReportTable.title(report));
            paragraph(document, ParagraphAlignment.CENTER, false, true, ReportTable.window(report));
            paragraph(document, ParagraphAlignment.LEFT, true, false, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
            List<List<Object>> rows = ReportTable.rows(report);
            XWPFTable table = document.createTable(rows.size() + 1, ReportTable.HEADER.size());
            for (int column = 0; column < ReportTable.HEADER.size(); column++) {
                small(table.getRow(0).getCell(column), true, ReportTable.HEADER.get(column));
            }
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < rows.get(row).size(); column++) {
                    small(table.getRow(row + 1).getCell(column), false, String.valueOf(rows.get(row).get(column)));
                }
            }
            paragraph(document, ParagraphAlignment.LEFT, true, false, "II. ĐƠN VỊ CHƯA NỘP BÁO CÁO");
            paragraph(document, ParagraphAlignment.LEFT, false, false, ReportTable.notSubmitted(report));
            paragraph(document, ParagraphAlignment.LEFT, true, false, "Cách tính:");
            paragraph(document, ParagraphAlignment.LEFT, false, false, report.completionRateFormula());
            paragraph(document, ParagraphAlignment.LEFT, false, false, report.onTimeRateFormula());
            paragraph(document, ParagraphAlignment.LEFT, true, true, "Nơi nhận:");
            paragraph(document, ParagraphAlignment.LEFT, false, false, "- Văn phòng UBND tỉnh;");
            paragraph(document, ParagraphAlignment.LEFT, false, false, "- Lưu: VT, VP.");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 landscape, so the sixteen columns stay readable. */
    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private static void small(XWPFTableCell cell, boolean bold, String text) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(9);
        run.setBold(bold);
        run.setText(text);
    }

    private static void lines(XWPFTableCell cell, boolean bold, String... lines) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(FONT);
            run.setBold(bold);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static void paragraph(XWPFDocument document, ParagraphAlignment alignment, boolean bold, boolean italic,
            String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
