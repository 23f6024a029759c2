package vn.dondoc.reporting.departmentreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The department report as an .xlsx workbook (one sheet "Báo cáo"), numbers as numeric cells. */
public final class DepartmentReportWorkbook {

    private DepartmentReportWorkbook() {
    }

    public static byte[] write(DepartmentReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int at = 0;
            text(sheet.createRow(at++), 0, "SỞ " + report.departmentCode(), bold);
            text(sheet.createRow(at++), 0, ReportTable.title(report), bold);
            text(sheet.createRow(at++), 0, ReportTable.window(report), null);
            at++;
            Row header = sheet.createRow(at++);
            for (int column = 0; column < ReportTable.HEADER.size(); column++) {
                text(header, column, ReportTable.HEADER.get(column), bold);
            }
            for (List<Object> line : ReportTable.rows(report)) {
                Row row = sheet.createRow(at++);
                for (int column = 0; column < line.size(); column++) {
                    Object value = line.get(column);
                    Cell cell = row.createCell(column);
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
            text(sheet.createRow(at++), 0, ReportTable.notSubmitted(report), null);
            text(sheet.createRow(at++), 0, report.completionRateFormula(), null);
            text(sheet.createRow(at), 0, report.onTimeRateFormula(), null);
            sheet.setColumnWidth(1, 20 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
