package vn.dondoc.reporting.departmentreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The department report as a .docx laid out as Nghị định 30/2020/NĐ-CP lays out a report: the
 * governing body over the issuer (bold, a short rule under it) beside the national title and motto
 * (underlined); the number beside the place and date (italic); "BÁO CÁO" and its subject; the
 * figures table (heading rows repeated on every page, column widths fixed so that no syllable is
 * broken); the units not submitted and the formulas; "Nơi nhận" beside the signature block; then
 * each appendix on a page of its own (the ranking of the units). A4
 * landscape, Times New Roman, units by name.
 */
public final class DepartmentReportDocument {

    static final String FONT = "Times New Roman";
    /** A4 landscape in twentieths of a point, with the decree's margins: 20 mm top and bottom, 30 mm left, 15 mm right. */
    static final int PAGE_WIDTH = 16838;
    static final int PAGE_HEIGHT = 11906;
    private static final int TOP = 1134;
    private static final int LEFT = 1701;
    private static final int RIGHT = 851;
    /** The width between the margins, which tables fill. */
    public static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    private static final int LEFT_COLUMN = 6000;

    private DepartmentReportDocument() {
    }

    /** With the department's code as its only name and every unit by its code. */
    public static byte[] write(DepartmentReport report, LocalDate issuedOn) {
        return write(report, issuedOn, ReportLetterhead.of(report.departmentCode()), UnaryOperator.identity());
    }

    public static byte[] write(DepartmentReport report, LocalDate issuedOn, ReportLetterhead head,
            UnaryOperator<String> unitName) {
        return write(report, issuedOn, head, unitName, List.of());
    }

    /** With each appendix after the signature block, on a page of its own. */
    public static byte[] write(DepartmentReport report, LocalDate issuedOn, ReportLetterhead head,
            UnaryOperator<String> unitName, List<ReportAppendix> appendices) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(document);
            heading(document, head, issuedOn);
            paragraph(document, ParagraphAlignment.CENTER, 14, true, false, "BÁO CÁO").setSpacingBefore(240);
            XWPFParagraph subject = paragraph(document, ParagraphAlignment.CENTER, 14, true, false,
                    ReportTable.subject(report));
            subject.setSpacingAfter(0);
            rule(document.createParagraph(), 2000);
            paragraph(document, ParagraphAlignment.CENTER, 13, false, true, ReportTable.window(report))
                    .setSpacingBefore(120);
            paragraph(document, ParagraphAlignment.LEFT, 13, true, false, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
            FiguresTable.write(document, ReportTable.rows(report, unitName));
            paragraph(document, ParagraphAlignment.LEFT, 13, true, false, "II. ĐƠN VỊ CHƯA NỘP BÁO CÁO")
                    .setSpacingBefore(240);
            paragraph(document, ParagraphAlignment.BOTH, 13, false, false, ReportTable.notSubmitted(report, unitName));
            paragraph(document, ParagraphAlignment.LEFT, 13, true, false, "III. CÁCH TÍNH");
            paragraph(document, ParagraphAlignment.BOTH, 13, false, false, "- " + report.completionRateFormula() + ";");
            paragraph(document, ParagraphAlignment.BOTH, 13, false, false, "- " + report.onTimeRateFormula() + ".");
            signature(document, head);
            appendices.forEach(appendix -> appendix(document, appendix));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "PHỤ LỤC: …" at the top of a new page, its table, then its notes. */
    private static void appendix(XWPFDocument document, ReportAppendix appendix) {
        XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, 14, true, false, appendix.title());
        title.setPageBreak(true);
        title.setSpacingAfter(120);
        FiguresTable.write(document, appendix);
        for (int i = 0; i < appendix.notes().size(); i++) {
            XWPFParagraph note = paragraph(document, ParagraphAlignment.BOTH, 13, false, false, appendix.notes().get(i));
            if (i == 0) {
                note.setSpacingBefore(120);
            }
        }
    }

    /** Left: governing body, issuer, rule, number. Right: national title, motto, place and date. */
    private static void heading(XWPFDocument document, ReportLetterhead head, LocalDate issuedOn) {
        XWPFTable table = borderless(document, 2);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFParagraph body = first(issuer, ParagraphAlignment.CENTER);
        if (!head.governingBody().isEmpty()) {
            run(body, 13, false, false, head.governingBody()).addBreak();
        }
        run(body, 13, true, false, head.issuer());
        rule(issuer.addParagraph(), 1800);
        XWPFParagraph number = issuer.addParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.setSpacingBefore(120);
        run(number, 13, false, false, head.number());

        XWPFTableCell nation = table.getRow(0).getCell(1);
        XWPFParagraph title = first(nation, ParagraphAlignment.CENTER);
        run(title, 13, true, false, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").addBreak();
        run(title, 14, true, false, "Độc lập - Tự do - Hạnh phúc").setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = nation.addParagraph();
        date.setAlignment(ParagraphAlignment.CENTER);
        date.setSpacingBefore(360);
        run(date, 14, false, true, dateLine(head.place(), issuedOn));
    }

    /** "Thái Nguyên, ngày 05 tháng 02 năm 2026": a day below 10 and the months 1 and 2 with a leading zero (NĐ 30/2020). */
    static String dateLine(String place, LocalDate date) {
        int month = date.getMonthValue();
        String line = "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + date.getYear();
        return place == null || place.isBlank() ? line.substring(0, 1).toUpperCase() + line.substring(1)
                : place + ", " + line;
    }

    /** Left: "Nơi nhận:" and its list. Right: authority, title, room to sign, name. */
    private static void signature(XWPFDocument document, ReportLetterhead head) {
        XWPFTable table = borderless(document, 1);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph label = first(recipients, ParagraphAlignment.LEFT);
        label.setSpacingBefore(240);
        run(label, 12, true, true, "Nơi nhận:");
        for (String recipient : head.recipients()) {
            XWPFParagraph line = recipients.addParagraph();
            line.setSpacingAfter(0);
            run(line, 11, false, false, "- " + recipient);
        }
        XWPFTableCell signer = table.getRow(0).getCell(1);
        XWPFParagraph block = first(signer, ParagraphAlignment.CENTER);
        block.setSpacingBefore(240);
        if (!head.signingAuthority().isEmpty()) {
            run(block, 13, true, false, head.signingAuthority()).addBreak();
        }
        run(block, 13, true, false, head.signerTitle());
        XWPFParagraph name = signer.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        name.setSpacingBefore(1700);
        run(name, 13, true, false, head.signerName());
    }

    private static XWPFTable borderless(XWPFDocument document, int rows) {
        XWPFTable table = document.createTable(rows, 2);
        table.removeBorders();
        FiguresTable.fixed(table, List.of(LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN));
        for (XWPFTableRow row : table.getRows()) {
            FiguresTable.widths(row, List.of(LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN));
        }
        return table;
    }

    /** A short centred line: an empty paragraph whose bottom border is {@code length} twips long. */
    private static void rule(XWPFParagraph paragraph, int length) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingBetween(1.0);
        int available = paragraph.getBody() instanceof XWPFTableCell ? LEFT_COLUMN - 216 : TEXT_WIDTH;
        paragraph.setIndentationLeft((available - length) / 2);
        paragraph.setIndentationRight((available - length) / 2);
        paragraph.getCTP().addNewPPr();
        paragraph.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(TOP));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private static XWPFParagraph first(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    static XWPFRun run(XWPFParagraph paragraph, int size, boolean bold, boolean italic, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, int size, boolean bold,
            boolean italic, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(60);
        run(paragraph, size, bold, italic, text);
        return paragraph;
    }
}
