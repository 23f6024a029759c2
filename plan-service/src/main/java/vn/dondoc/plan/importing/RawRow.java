package vn.dondoc.plan.importing;

import java.util.List;

/** One row of the task table as the text gives it: its cells, and the line it starts on (1-based). */
record RawRow(int line, List<String> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
