package vn.dondoc.local.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** (As in plan-service's tests.) Builds a Word document from a seed text: paragraphs for lines, a real table for the tab-separated task table. */
final class SeedDocx {

    private SeedDocx() {
    }

    static byte[] of(String seedText) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            boolean inTable = false;
            for (String line : seedText.split("\n", -1)) {
                inTable |= line.startsWith("STT\t");
                if (inTable && line.isBlank()) {
                    continue;
                }
                if (inTable && line.contains("\t")) {
                    String[] cells = line.split("\t", -1);
                    XWPFTableRow row;
                    if (table == null) {
                        table = document.createTable();
                        row = table.getRow(0);
                    } else {
                        row = table.createRow();
                    }
                    while (row.getTableCells().size() < cells.length) {
                        row.addNewTableCell();
                    }
                    while (row.getTableCells().size() > cells.length) {
                        row.removeCell(row.getTableCells().size() - 1);
                    }
                    for (int i = 0; i < cells.length; i++) {
                        write(row.getCell(i), cells[i]);
                    }
                    continue;
                }
                var run = document.createParagraph().createRun();
                run.setBold(line.contains("**"));
                run.setText(plain(line));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFTableCell cell, String text) {
        var run = cell.getParagraphs().get(0).createRun();
        run.setBold(text.contains("<b>"));
        run.setItalic(text.contains("<i>"));
        run.setText(plain(text));
    }

    private static String plain(String text) {
        return text.replaceAll("</?[bi]>", "").replace("**", "");
    }
}
