package vn.dondoc.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.plan.directory.NameKey;
import vn.dondoc.plan.directory.NameResolution;
import vn.dondoc.plan.directory.Roster;

/**
 * Plans without a task table assign work in prose under "TỔ CHỨC THỰC HIỆN": numbered paragraphs
 * that open with a unit or group ("1. Văn phòng Sở có trách nhiệm …", "2. Các phòng chuyên môn,
 * Trung tâm trực thuộc Sở chủ động …"). Each such paragraph becomes a task led by those units.
 */
final class ProseTasks {

    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.\\s+(.+)$");
    private static final Pattern ACTOR_END = Pattern.compile(
            ":|\\s(có trách nhiệm|chủ động|chủ trì|căn cứ|thường xuyên|hướng dẫn|phối hợp|tổ chức|triển khai|thực hiện)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ProseTasks() {
    }

    /** The paragraphs as rows: number, content (the paragraph), lead (the opening unit phrase). */
    static List<TableRow> rows(DocumentText document, Roster roster) {
        List<String> lines = document.lines().stream().map(line -> line.replace('\t', ' ').strip()).toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String key = NameKey.of(lines.get(i));
            if (key.endsWith("to chuc thuc hien") && key.length() < 40) {
                start = i + 1;
            }
        }
        List<TableRow> rows = new ArrayList<>();
        if (start < 0) {
            return rows;
        }
        String number = null;
        StringBuilder paragraph = new StringBuilder();
        int line = 0;
        for (int i = start; i <= lines.size(); i++) {
            String text = i < lines.size() ? lines.get(i) : "";
            boolean end = i == lines.size() || text.startsWith("Trên đây") || NameKey.of(text).startsWith("noi nhan");
            Matcher item = ITEM.matcher(text);
            if (end || item.matches()) {
                if (number != null) {
                    row(number, paragraph.toString().replaceAll("\\s+", " ").strip(), line, roster).ifPresent(rows::add);
                }
                if (end) {
                    break;
                }
                number = item.group(1);
                paragraph = new StringBuilder(item.group(2));
                line = i + 1;
            } else if (number != null) {
                paragraph.append(' ').append(text);
            }
        }
        return rows;
    }

    private static java.util.Optional<TableRow> row(String number, String paragraph, int line, Roster roster) {
        Matcher end = ACTOR_END.matcher(paragraph);
        if (!end.find() || end.start() > 120) {
            return java.util.Optional.empty();
        }
        String actor = paragraph.substring(0, end.start()).replaceFirst("^(Lãnh đạo|Trưởng|Giám đốc)\\s+", "").strip();
        boolean namesUnits = UnitCell.resolve(actor, roster).stream().anyMatch(name ->
                name.kind() == NameResolution.Kind.UNIT || name.kind() == NameResolution.Kind.GROUP);
        if (!namesUnits) {
            return java.util.Optional.empty();
        }
        String content = paragraph.substring(end.start()).replaceFirst("^:\\s*", "").strip();
        return java.util.Optional.of(new TableRow(line, number, content.isEmpty() ? paragraph : content, actor, "", "",
                false, false, null));
    }
}
