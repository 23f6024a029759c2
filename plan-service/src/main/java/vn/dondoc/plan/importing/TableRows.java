package vn.dondoc.plan.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs raw rows: a row shifted one column right loses its empty cell, a row with an empty
 * number continues the row above (a page break) and is merged cell by cell, and rows without unit
 * or timeframe become section headings.
 */
final class TableRows {

    private TableRows() {
    }

    static List<TableRow> of(TableReader.Table table) {
        int width = Math.max(table.width(), 5);
        List<TableRow> rows = new ArrayList<>();
        for (RawRow raw : table.rows()) {
            List<String> cells = new ArrayList<>(raw.cells().stream().map(String::strip).toList());
            String repair = null;
            while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.size() > width) {
                int empty = firstEmpty(cells, 2);
                if (empty > 0) {
                    cells.remove(empty);
                    repair = "Dòng bị lệch một cột sang phải đã được chỉnh lại";
                }
                while (cells.size() > width) {
                    String extra = cells.remove(cells.size() - 1);
                    cells.set(cells.size() - 1, join(cells.get(cells.size() - 1), extra));
                }
            }
            while (cells.size() < width) {
                cells.add("");
            }
            String number = cells.get(0).replaceAll("\\.$", "").strip();
            if (number.isEmpty() && !rows.isEmpty()) {
                rows.set(rows.size() - 1, merge(rows.get(rows.size() - 1), cells));
                continue;
            }
            String content = cells.get(1);
            String lead = cells.get(2);
            String coordinator = cells.get(3);
            String timeframe = cells.get(4);
            boolean heading = lead.isEmpty() && coordinator.isEmpty() && timeframe.isEmpty();
            rows.add(new TableRow(raw.line(), number, content, lead, coordinator, timeframe, heading, false, repair));
        }
        return rows;
    }

    private static TableRow merge(TableRow above, List<String> cells) {
        String lead = join(above.lead(), cells.get(2));
        String coordinator = join(above.coordinator(), cells.get(3));
        String timeframe = join(above.timeframe(), cells.get(4));
        boolean heading = lead.isEmpty() && coordinator.isEmpty() && timeframe.isEmpty();
        return new TableRow(above.line(), above.number(), join(above.content(), cells.get(1)), lead, coordinator,
                timeframe, heading, true, above.repair());
    }

    private static int firstEmpty(List<String> cells, int from) {
        for (int i = from; i < cells.size() - 1; i++) {
            if (cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Joins the two halves of a cell split by a page break; "QĐ-" + "UBND" joins without a space. */
    static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        return first.endsWith("-") && !first.endsWith(" -") ? first + second : first + " " + second;
    }
}
