package vn.dondoc.reporting.departmentreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The department report as an .xlsx workbook (the sheet "Báo cáo", then one per appendix): the same
 * heading, units by name and figures as numeric cells; printed on A4 landscape, one page wide, the
 * heading row repeated on every page, the print area the report itself.
 */
public final class DepartmentReportWorkbook {

    private static final int COLUMNS = ReportTable.HEADER.size();
    private static final int LAST = COLUMNS - 1;
    /** Where the national title starts: the right half of the sheet. */
    private static final int RIGHT = 8;
    private static final float LINE = 16f;
    private static final int NAME_CHARACTERS = 28;

    private DepartmentReportWorkbook() {
    }

    /** With the department's code as its only name and every unit by its code. */
    public static byte[] write(DepartmentReport report) {
        return write(report, LocalDate.now(), ReportLetterhead.of(report.departmentCode()), UnaryOperator.identity());
    }

    public static byte[] write(DepartmentReport report, LocalDate issuedOn, ReportLetterhead head,
            UnaryOperator<String> unitName) {
        return write(report, issuedOn, head, unitName, List.of());
    }

    /** With each appendix on a sheet of its own after "Báo cáo". */
    public static byte[] write(DepartmentReport report, LocalDate issuedOn, ReportLetterhead head,
            UnaryOperator<String> unitName, List<ReportAppendix> appendices) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            Styles styles = new Styles(workbook);
            int at = 0;
            pair(sheet, at++, head.governingBody(), styles.centred, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.bold);
            pair(sheet, at++, head.issuer(), styles.bold, "Độc lập - Tự do - Hạnh phúc", styles.boldUnderlined);
            pair(sheet, at++, head.number(), styles.centred, DepartmentReportDocument.dateLine(head.place(), issuedOn),
                    styles.italic);
            at++;
            across(sheet, at++, "BÁO CÁO", styles.bold);
            across(sheet, at++, ReportTable.subject(report), styles.bold);
            across(sheet, at++, ReportTable.window(report), styles.italic);
            at++;
            int headerRow = at;
            Row header = sheet.createRow(at++);
            header.setHeightInPoints(4 * LINE);
            for (int column = 0; column < COLUMNS; column++) {
                text(header, column, ReportTable.HEADER.get(column), styles.heading);
            }
            for (List<Object> line : ReportTable.rows(report, unitName)) {
                Row row = sheet.createRow(at++);
                row.setHeightInPoints(LINE * lines(line));
                for (int column = 0; column < line.size(); column++) {
                    Object value = line.get(column);
                    Cell cell = row.createCell(column);
                    cell.setCellStyle(column == 1 ? styles.name : styles.figure);
                    if (value instanceof Long number) {
                        cell.setCellValue(number);
                    } else if (value instanceof BigDecimal decimal) {
                        cell.setCellValue(decimal.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            at++;
            text(sheet.createRow(at++), 0, ReportTable.notSubmitted(report, unitName), styles.plain);
            text(sheet.createRow(at++), 0, report.completionRateFormula(), styles.plain);
            text(sheet.createRow(at++), 0, report.onTimeRateFormula(), styles.plain);
            at++;
            pair(sheet, at++, "Nơi nhận:", styles.boldItalic, head.signingAuthority(), styles.bold);
            for (int i = 0; i < head.recipients().size() || i < 5; i++) {
                String recipient = i < head.recipients().size() ? "- " + head.recipients().get(i) : "";
                String right = i == 0 ? head.signerTitle() : i == 4 ? head.signerName() : "";
                pair(sheet, at++, recipient, styles.plain, right, styles.bold);
            }
            columns(sheet);
            print(workbook, sheet, headerRow, at - 1);
            appendices.forEach(appendix -> appendix(workbook, appendix, styles));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The appendix's title, its table (figures as numbers), its notes; A4 landscape, one page wide. */
    private static void appendix(XSSFWorkbook workbook, ReportAppendix appendix, Styles styles) {
        Sheet sheet = workbook.createSheet(appendix.sheet());
        int last = appendix.header().size() - 1;
        text(sheet.createRow(0), 0, appendix.title(), styles.bold);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row header = sheet.createRow(2);
        header.setHeightInPoints(3 * LINE);
        for (int column = 0; column <= last; column++) {
            text(header, column, appendix.header().get(column), styles.heading);
            sheet.setColumnWidth(column, Math.max(6, appendix.widths().get(column) / 110) * 256);
        }
        int at = 3;
        for (List<Object> line : appendix.rows()) {
            Row row = sheet.createRow(at++);
            for (int column = 0; column < line.size(); column++) {
                Cell cell = row.createCell(column);
                cell.setCellStyle(column == 1 ? styles.name : styles.figure);
                if (line.get(column) instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(line.get(column)));
                }
            }
        }
        at++;
        for (String note : appendix.notes()) {
            text(sheet.createRow(at++), 0, note, styles.plain);
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, last));
    }

    /**
     * How many lines a table row needs (a row's height is not worked out by every spreadsheet): a
     * unit's name wraps every {@value #NAME_CHARACTERS} characters or so, "16/09/2026 (đúng hạn)" takes two.
     */
    private static int lines(List<Object> line) {
        int name = (int) Math.ceil(String.valueOf(line.get(1)).length() / (double) NAME_CHARACTERS);
        int submitted = String.valueOf(line.get(LAST)).contains("(") ? 2 : 1;
        return Math.max(1, Math.max(name, submitted));
    }

    /** A4 landscape, one page wide, the heading row on every page, the report as the print area. */
    private static void print(XSSFWorkbook workbook, Sheet sheet, int headerRow, int lastRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 30 / 25.4);
        sheet.setMargin(Sheet.RightMargin, 15 / 25.4);
        sheet.setMargin(Sheet.TopMargin, 20 / 25.4);
        sheet.setMargin(Sheet.BottomMargin, 20 / 25.4);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, LAST));
        workbook.setPrintArea(0, 0, LAST, 0, lastRow);
    }

    /** Widths in characters: every heading's longest word fits, a unit's name wraps between words. */
    private static void columns(Sheet sheet) {
        sheet.setColumnWidth(0, 5 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 9 * 256);
        for (int column = 3; column < LAST; column++) {
            sheet.setColumnWidth(column, 9 * 256);
        }
        sheet.setColumnWidth(LAST, 11 * 256);
    }

    /** Left half and right half of a heading line, each merged and centred. */
    private static void pair(Sheet sheet, int at, String left, CellStyle leftStyle, String right, CellStyle rightStyle) {
        Row row = sheet.createRow(at);
        text(row, 0, left, leftStyle);
        text(row, RIGHT, right, rightStyle);
        sheet.addMergedRegion(new CellRangeAddress(at, at, 0, RIGHT - 1));
        sheet.addMergedRegion(new CellRangeAddress(at, at, RIGHT, LAST));
    }

    private static void across(Sheet sheet, int at, String text, CellStyle style) {
        text(sheet.createRow(at), 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(at, at, 0, LAST));
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** Times New Roman throughout; headings bold; the table bordered. */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle centred;
        final CellStyle bold;
        final CellStyle boldUnderlined;
        final CellStyle italic;
        final CellStyle boldItalic;
        final CellStyle heading;
        final CellStyle figure;
        final CellStyle name;

        Styles(XSSFWorkbook workbook) {
            plain = style(workbook, font(workbook, false, false, false), HorizontalAlignment.LEFT, false);
            centred = style(workbook, font(workbook, false, false, false), HorizontalAlignment.CENTER, false);
            bold = style(workbook, font(workbook, true, false, false), HorizontalAlignment.CENTER, false);
            boldUnderlined = style(workbook, font(workbook, true, false, true), HorizontalAlignment.CENTER, false);
            italic = style(workbook, font(workbook, false, true, false), HorizontalAlignment.CENTER, false);
            boldItalic = style(workbook, font(workbook, true, true, false), HorizontalAlignment.LEFT, false);
            heading = style(workbook, font(workbook, true, false, false), HorizontalAlignment.CENTER, true);
            figure = style(workbook, font(workbook, false, false, false), HorizontalAlignment.CENTER, true);
            name = style(workbook, font(workbook, false, false, false), HorizontalAlignment.LEFT, true);
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, boolean underlined) {
            Font font = workbook.createFont();
            font.setFontName(DepartmentReportDocument.FONT);
            font.setFontHeightInPoints((short) 12);
            font.setBold(bold);
            font.setItalic(italic);
            if (underlined) {
                font.setUnderline(Font.U_SINGLE);
            }
            return font;
        }

        private static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment, boolean boxed) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (boxed) {
                style.setWrapText(true);
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
