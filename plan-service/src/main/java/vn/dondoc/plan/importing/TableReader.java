package vn.dondoc.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.dondoc.plan.directory.NameKey;

/**
 * Finds the task table and cuts it into rows. Two layouts occur: one row per line with cells
 * separated by tabs (seed 001), and one cell per tab-led line, a cell running on over the next
 * lines (seed 004).
 */
final class TableReader {

    static final Pattern ROW_NUMBER = Pattern.compile("^(?:[IVX]{1,5}|\\d{1,3}(?:\\.\\d{1,3}){0,4})\\.?$");

    private TableReader() {
    }

    /** The table's header width and rows; empty rows when the document has no table. */
    static Table read(DocumentText document) {
        List<String> lines = document.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.contains("\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String first = NameKey.of(cells[0]).isEmpty() && cells.length > 1 ? cells[1] : cells[0];
            if (!NameKey.of(first).equals("stt")) {
                continue;
            }
            long filled = java.util.Arrays.stream(cells).filter(cell -> !cell.isBlank()).count();
            return filled >= 3 ? rowPerLine(lines, i, (int) filled) : cellPerLine(lines, i);
        }
        return new Table(5, List.of());
    }

    private static Table rowPerLine(List<String> lines, int header, int width) {
        List<RawRow> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!line.contains("\t")) {
                break;
            }
            rows.add(new RawRow(i + 1, List.of(line.split("\t", -1))));
        }
        return new Table(width, rows);
    }

    private static Table cellPerLine(List<String> lines, int header) {
        List<String> cells = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = header; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("\t")) {
                cells.add(line.substring(1));
                starts.add(i + 1);
            } else if (!cells.isEmpty()) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + "\n" + line);
            }
        }
        int width = 0;
        while (width < cells.size() && !NameKey.of(cells.get(width)).startsWith("thoi gian")) {
            width++;
        }
        width = Math.min(width + 1, cells.size());
        List<RawRow> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int rowStart = 0;
        for (int c = width; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            boolean number = ROW_NUMBER.matcher(cell).matches();
            if (!row.isEmpty() && (row.size() >= width || (number && row.size() >= 2))) {
                rows.add(new RawRow(rowStart, row));
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowStart = starts.get(c);
            }
            row.add(cells.get(c));
        }
        if (!row.isEmpty()) {
            rows.add(new RawRow(rowStart, row));
        }
        return new Table(Math.max(width, 2), rows);
    }

    /** The header width (number of columns) and the rows under it. */
    record Table(int width, List<RawRow> rows) {
    }
}
