package vn.dondoc.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns a Word (.docx) plan into the text form the importer reads: one line per paragraph, one
 * line per table row with its cells separated by tabs (paragraphs inside a cell joined by spaces).
 * A zip bomb is refused before parsing ({@link DocxExpansion}).
 */
public final class DocxText {

    private DocxText() {
    }

    public static String read(byte[] docx) {
        InputStream checked = DocxExpansion.open(docx);
        try (XWPFDocument document = new XWPFDocument(checked)) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        lines.add(String.join("\t", row.getTableCells().stream().map(DocxText::cell).toList()));
                    }
                }
            }
            return String.join("\n", lines);
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb") || String.valueOf(e.getMessage()).contains("max size")) {
                throw new OversizedDocumentException("Tệp Word (.docx) giải nén ra quá lớn (nén bất thường)");
            }
            throw new NotAPlanException("Tệp Word (.docx) bị hỏng hoặc không đọc được");
        }
    }

    private static String cell(XWPFTableCell cell) {
        List<String> parts = cell.getParagraphs().stream().map(XWPFParagraph::getText)
                .map(text -> text.replace('\t', ' ').strip()).filter(text -> !text.isEmpty()).toList();
        return String.join(" ", parts);
    }
}
