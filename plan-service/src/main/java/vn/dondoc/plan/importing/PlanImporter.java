package vn.dondoc.plan.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.plan.directory.NameKey;
import vn.dondoc.plan.directory.Roster;
import vn.dondoc.plan.timeframe.TimeframeParser;
import vn.dondoc.vocabulary.TimeframeKind;
import vn.dondoc.web.RequestLimits;

/** Reads a plan document given as text into an {@link ImportedPlan}. Pure; never throws on text except {@link NotAPlanException}. */
public final class PlanImporter {

    private final RosterSource rosters;

    public PlanImporter(RosterSource rosters) {
        this.rosters = rosters;
    }

    /**
     * @param department the issuing department's code when the caller knows it (else read from the symbol)
     * @param today      the date to resolve units on when the document has no date
     */
    public ImportedPlan importText(String text, String department, LocalDate today) {
        if (text.length() > RequestLimits.DOCUMENT_TEXT) {
            throw new OversizedDocumentException("Văn bản quá dài: tối đa " + RequestLimits.DOCUMENT_TEXT
                    + " ký tự (khoảng 300 trang)");
        }
        DocumentText document = DocumentText.of(text);
        String opening = NameKey.of(document.joined().substring(0, Math.min(document.joined().length(), 20_000)));
        if (!opening.contains("ke hoach")) {
            throw new NotAPlanException("Văn bản không phải kế hoạch: không thấy tiêu đề \"Kế hoạch\"");
        }
        PlanHeader header = HeaderParser.parse(document, department);
        if (header.departmentCode() == null) {
            throw new NotAPlanException("Không xác định được cơ quan ban hành: văn bản không có số, ký hiệu; "
                    + "hãy gửi kèm mã cơ quan (department)");
        }
        LocalDate asOf = header.issueDate() == null ? today : header.issueDate().date();
        Roster roster = rosters.rosterOf(header.departmentCode(), asOf);
        List<Finding> findings = new ArrayList<>(headerFindings(header));
        List<ImportedTask> tasks = tasks(TableRows.of(TableReader.read(document)), roster, findings);
        ImportedPlan.TaskSource source = ImportedPlan.TaskSource.TABLE;
        if (tasks.isEmpty()) {
            tasks = tasks(ProseTasks.rows(document, roster), roster, findings);
            source = ImportedPlan.TaskSource.PROSE;
            if (!tasks.isEmpty()) {
                findings.add(new Finding(Finding.Code.TASKS_FROM_PROSE, null, 0, "Không có bảng nhiệm vụ: " + tasks.size()
                        + " nhiệm vụ được lấy từ mục Tổ chức thực hiện, Văn phòng cần kiểm tra và bổ sung thời hạn"));
            }
        }
        if (tasks.isEmpty()) {
            source = ImportedPlan.TaskSource.NONE_FOUND;
            findings.add(new Finding(Finding.Code.NO_TASK_TABLE, null, 0,
                    "Không tìm thấy bảng nhiệm vụ: nhiệm vụ được nêu bằng lời văn, Văn phòng cần nhập nhiệm vụ và đơn vị"));
        }
        return new ImportedPlan(header, tasks, source, findings);
    }

    /** What the office should check in a header: no number, no full date, no title, a doubtful parent reference. */
    public static List<Finding> headerFindings(PlanHeader header) {
        List<Finding> findings = new ArrayList<>();
        if (!header.numbered()) {
            findings.add(new Finding(Finding.Code.MISSING_NUMBER, null, 0,
                    "Kế hoạch chưa có số (dự thảo): cần nhập số trước khi ban hành"));
        }
        if (header.issueDate() == null || header.issueDate().precision() != IssueDate.Precision.DAY) {
            findings.add(new Finding(Finding.Code.IMPRECISE_ISSUE_DATE, null, 0,
                    "Chưa có ngày ban hành đầy đủ: cần nhập ngày trước khi ban hành"));
        }
        if (header.title() == null || header.title().isBlank()) {
            findings.add(new Finding(Finding.Code.MISSING_HEADER_FIELD, null, 0, "Không tìm thấy trích yếu (tên kế hoạch)"));
        }
        header.parentReferences().stream().filter(parent -> parent.warning() != null).forEach(parent ->
                findings.add(new Finding(Finding.Code.SUSPICIOUS_PARENT_REFERENCE, null, 0, parent.warning())));
        return findings;
    }

    private static List<ImportedTask> tasks(List<TableRow> rows, Roster roster, List<Finding> findings) {
        List<ImportedTask> tasks = new ArrayList<>();
        java.util.Map<String, String> headings = new java.util.LinkedHashMap<>();
        String romanSection = null;
        for (TableRow row : rows) {
            if (row.heading()) {
                headings.put(row.number(), clean(row.content()));
                if (row.number().matches("[IVX]+")) {
                    romanSection = row.number();
                }
                continue;
            }
            String number = row.number().isEmpty() ? String.valueOf(tasks.size() + 1) : row.number();
            if (romanSection != null && !number.startsWith(romanSection + ".")) {
                number = romanSection + "." + number;
            }
            String section = section(headings, number, romanSection);
            TaskUnits units = TaskUnits.assign(UnitCell.resolve(row.lead(), roster),
                    UnitCell.resolve(row.coordinator(), roster));
            ImportedTask task = new ImportedTask("T" + (tasks.size() + 1), number, section, clean(row.content()),
                    clean(row.lead()), clean(row.coordinator()), units, TimeframeParser.parse(clean(row.timeframe())));
            tasks.add(task);
            findings.addAll(TaskFindings.of(task, row));
        }
        return tasks;
    }

    /** The heading whose number is the longest prefix of the task's number, else the current section. */
    private static String section(java.util.Map<String, String> headings, String number, String romanSection) {
        String best = null;
        for (String heading : headings.keySet()) {
            if (number.startsWith(heading + ".") && (best == null || heading.length() > best.length())) {
                best = heading;
            }
        }
        return best != null ? headings.get(best) : headings.get(romanSection);
    }

    static String clean(String cell) {
        return cell.replaceAll("\\s+", " ").strip();
    }

    /** The findings one task raises. */
    static final class TaskFindings {

        private TaskFindings() {
        }

        static List<Finding> of(ImportedTask task, TableRow row) {
            List<Finding> findings = new ArrayList<>();
            String n = task.number();
            int line = row.line();
            if (row.repair() != null) {
                findings.add(new Finding(Finding.Code.ROW_SHIFTED, n, line, "Nhiệm vụ " + n + ": " + row.repair().toLowerCase()));
            }
            if (row.merged()) {
                findings.add(new Finding(Finding.Code.ROWS_MERGED, n, line,
                        "Nhiệm vụ " + n + ": dòng bị ngắt trang đã được ghép với dòng tiếp theo"));
            }
            TaskUnits units = task.units();
            if (units.leadUnits().isEmpty() && units.leadDesignations().isEmpty()) {
                findings.add(new Finding(Finding.Code.UNASSIGNED_TASK, n, line, "Nhiệm vụ " + n + " chưa có đơn vị chủ trì"));
            }
            for (String phrase : units.leadDesignations()) {
                findings.add(new Finding(Finding.Code.NEEDS_DESIGNATION, n, line,
                        "Nhiệm vụ " + n + ": cần chỉ định đơn vị chủ trì cho \"" + phrase + "\""));
            }
            for (String phrase : units.coordinatorDesignations()) {
                findings.add(new Finding(Finding.Code.NEEDS_DESIGNATION, n, line,
                        "Nhiệm vụ " + n + ": cần chỉ định đơn vị phối hợp cho \"" + phrase + "\""));
            }
            for (String name : units.unknownNames()) {
                findings.add(new Finding(Finding.Code.UNKNOWN_UNIT, n, line,
                        "Nhiệm vụ " + n + ": không có đơn vị \"" + name + "\" trong danh mục đơn vị"));
            }
            if (task.timeframe().kind() == TimeframeKind.UNSPECIFIED) {
                findings.add(new Finding(Finding.Code.UNSPECIFIED_TIMEFRAME, n, line,
                        "Nhiệm vụ " + n + ": chưa xác định được thời hạn"
                                + (task.timeframe().text().isEmpty() ? "" : " \"" + task.timeframe().text() + "\"")));
            }
            return findings;
        }
    }
}
