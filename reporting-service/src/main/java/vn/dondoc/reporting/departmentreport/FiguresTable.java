package vn.dondoc.reporting.departmentreport;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The figures table of the .docx: two heading rows ({@link ReportTable#GROUPS}) repeated on every
 * page, then two lines per unit (chủ trì, phối hợp) with the number and the unit's name merged
 * over both. Fixed column widths, each at least as wide as the longest word of its heading at 11 pt
 * and its figures at 12 pt (Times New Roman), so no word is broken inside a syllable; the unit's
 * column takes the rest of the line and wraps names between words.
 */
final class FiguresTable {

    private static final int STT = 640;
    private static final int ROLE = 1150;
    private static final int FIGURE = 720;
    /** "Thường xuyên", "Không phát sinh", "Không có hạn", "Chưa xác định thời hạn": "Thường" is 33 pt wide in bold 11 pt. */
    private static final int WIDE_FIGURE = 900;
    private static final int SUBMITTED = 1300;
    private static final int MARGIN = 57;
    static final List<Integer> WIDTHS = widths();

    private FiguresTable() {
    }

    private static List<Integer> widths() {
        List<Integer> widths = new ArrayList<>(List.of(STT, 0, ROLE));
        widths.addAll(List.of(FIGURE, FIGURE, FIGURE, FIGURE, FIGURE, FIGURE, WIDE_FIGURE, WIDE_FIGURE, WIDE_FIGURE,
                FIGURE, WIDE_FIGURE, FIGURE, FIGURE, SUBMITTED));
        widths.set(1, DepartmentReportDocument.TEXT_WIDTH - widths.stream().mapToInt(Integer::intValue).sum());
        return List.copyOf(widths);
    }

    static void write(XWPFDocument document, List<List<Object>> rows) {
        int columns = WIDTHS.size();
        XWPFTable table = document.createTable(rows.size() + 2, columns);
        fixed(table, WIDTHS);
        table.setCellMargins(30, MARGIN, 30, MARGIN);
        headings(table.getRow(0), table.getRow(1));
        for (int r = 0; r < rows.size(); r++) {
            List<Object> line = rows.get(r);
            XWPFTableRow row = table.getRow(r + 2);
            row.setCantSplitRow(true);
            widths(row, WIDTHS);
            boolean continuation = "Phối hợp".equals(line.get(2));
            boolean total = "Tổng cộng".equals(line.get(1)) || continuation && r > 0
                    && "Tổng cộng".equals(rows.get(r - 1).get(1));
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                if (c <= 1) {
                    merge(cell, continuation ? STMerge.CONTINUE : STMerge.RESTART);
                }
                if (continuation && c <= 1) {
                    continue;
                }
                text(cell, c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER, 12, total,
                        printed(line.get(c)));
            }
        }
    }

    /** An appendix's table: one heading row repeated on every page, then its rows; the second column left-aligned. */
    static void write(XWPFDocument document, ReportAppendix appendix) {
        XWPFTable table = document.createTable(appendix.rows().size() + 1, appendix.widths().size());
        fixed(table, appendix.widths());
        table.setCellMargins(30, MARGIN, 30, MARGIN);
        XWPFTableRow heading = table.getRow(0);
        heading.setRepeatHeader(true);
        heading.setCantSplitRow(true);
        widths(heading, appendix.widths());
        for (int c = 0; c < appendix.header().size(); c++) {
            text(heading.getCell(c), ParagraphAlignment.CENTER, 11, true, appendix.header().get(c));
        }
        for (int r = 0; r < appendix.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            widths(row, appendix.widths());
            List<Object> line = appendix.rows().get(r);
            for (int c = 0; c < line.size(); c++) {
                text(row.getCell(c), c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER, 12, false,
                        printed(line.get(c)));
            }
        }
    }

    /** A rate with the Vietnamese decimal comma ("66,7"). */
    private static String printed(Object value) {
        return value instanceof BigDecimal rate ? rate.toPlainString().replace('.', ',') : String.valueOf(value);
    }

    /** Row 0: each group; row 1: the group's columns, or the group's own column continued downwards. */
    private static void headings(XWPFTableRow groups, XWPFTableRow columns) {
        for (XWPFTableRow row : List.of(groups, columns)) {
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
        }
        widths(columns, WIDTHS);
        int column = 0;
        int cell = 0;
        for (ReportTable.Group group : ReportTable.GROUPS) {
            XWPFTableCell over = groups.getCell(cell);
            int width = 0;
            for (int i = 0; i < group.width(); i++) {
                width += WIDTHS.get(column + i);
            }
            width(over, width);
            text(over, ParagraphAlignment.CENTER, 11, true, group.heading());
            if (group.columns().isEmpty()) {
                merge(over, STMerge.RESTART);
                merge(columns.getCell(column), STMerge.CONTINUE);
            } else {
                over.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(group.width()));
                for (int i = 0; i < group.width(); i++) {
                    text(columns.getCell(column + i), ParagraphAlignment.CENTER, 11, true, group.columns().get(i));
                }
            }
            column += group.width();
            cell++;
        }
        while (groups.getTableCells().size() > cell) {
            groups.removeCell(groups.getTableCells().size() - 1);
        }
    }

    /** Fixed layout: the widths given, never widened by content. */
    static void fixed(XWPFTable table, List<Integer> widths) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(widths.stream().mapToInt(Integer::intValue).sum()));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        widths.forEach(width -> grid.addNewGridCol().setW(BigInteger.valueOf(width)));
    }

    static void widths(XWPFTableRow row, List<Integer> widths) {
        for (int c = 0; c < widths.size() && c < row.getTableCells().size(); c++) {
            width(row.getCell(c), widths.get(c));
        }
    }

    private static void width(XWPFTableCell cell, int width) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(width));
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum how) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(how);
    }

    private static void text(XWPFTableCell cell, ParagraphAlignment alignment, int size, boolean bold, String text) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingBetween(1.0);
        DepartmentReportDocument.run(paragraph, size, bold, false, text);
    }
}
