package vn.dondoc.reporting.departmentreport;

import java.util.List;

/**
 * A table printed after the report, on a page of its own ("PHỤ LỤC: …"; in the .xlsx, the sheet
 * {@code sheet}), with lines of explanation under it. {@code widths} are fixed, in twentieths of a
 * point, and fill the text width.
 */
public record ReportAppendix(String title, String sheet, List<String> header, List<Integer> widths, List<List<Object>> rows,
        List<String> notes) {

    public ReportAppendix {
        header = List.copyOf(header);
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        if (header.size() != widths.size()) {
            throw new IllegalArgumentException("one width per heading: " + header + " " + widths);
        }
    }
}
