package vn.dondoc.reporting.departmentreport;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.reporting.unitfigures.RoleFigures;

/** The department report as a table in Vietnamese, shared by the .xlsx and .docx renderings. */
public final class ReportTable {

    public static final List<String> HEADER = List.of("STT", "Đơn vị", "Vai trò", "Hoàn thành đúng hạn",
            "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Trong đó sắp đến hạn", "Đang thực hiện quá hạn",
            "Số ngày quá hạn tối đa", "Thường xuyên", "Không phát sinh", "Không có hạn", "Thu hồi",
            "Chưa xác định thời hạn", "Tỷ lệ hoàn thành (%)", "Tỷ lệ đúng hạn (%)", "Nộp báo cáo");

    /**
     * The same columns under two heading rows, as the Government Office's matrix groups them: a
     * group ("Hoàn thành") over short headings ("Đúng hạn", "Quá hạn"); a column without a group
     * spans both rows. Short words, so no narrow column has to break a syllable.
     */
    public static final List<Group> GROUPS = List.of(new Group("STT", List.of()), new Group("Đơn vị", List.of()),
            new Group("Vai trò", List.of()), new Group("Hoàn thành", List.of("Đúng hạn", "Quá hạn")),
            new Group("Đang thực hiện", List.of("Trong hạn", "Sắp đến hạn", "Quá hạn", "Ngày quá hạn (tối đa)")),
            new Group("Thường xuyên", List.of()), new Group("Không phát sinh", List.of()),
            new Group("Không có hạn", List.of()), new Group("Thu hồi", List.of()),
            new Group("Chưa xác định thời hạn", List.of()), new Group("Tỷ lệ (%)", List.of("Hoàn thành", "Đúng hạn")), new Group("Nộp báo cáo", List.of()));

    /** A heading over {@code columns} (none: the heading is a column of its own). */
    public record Group(String heading, List<String> columns) {

        public int width() {
            return Math.max(1, columns.size());
        }
    }

    private static final DateTimeFormatter VN_DATE = DisplayDates.DAY;

    private ReportTable() {
    }

    /** Two lines per unit (chủ trì, phối hợp), then the two total lines; numbers stay numbers. */
    public static List<List<Object>> rows(DepartmentReport report) {
        return rows(report, UnaryOperator.identity());
    }

    /** The rows with each unit printed as {@code unitName} gives it (its name; its code while not known). */
    public static List<List<Object>> rows(DepartmentReport report, UnaryOperator<String> unitName) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (DepartmentReport.UnitRow unit : report.units()) {
            String submitted = unit.submittedOn() == null ? "Chưa nộp"
                    : VN_DATE.format(unit.submittedOn()) + (Boolean.TRUE.equals(unit.onTime()) ? " (đúng hạn)" : " (quá hạn)");
            rows.add(line(String.valueOf(number), unitName.apply(unit.unitCode()), "Chủ trì", unit.lead(), submitted));
            rows.add(line("", "", "Phối hợp", unit.coordinator(), ""));
            number++;
        }
        rows.add(line("", "Tổng cộng", "Chủ trì", report.leadTotal(), ""));
        rows.add(line("", "", "Phối hợp", report.coordinatorTotal(), ""));
        return rows;
    }

    private static List<Object> line(String number, String unit, String role, RoleFigures figures, String submitted) {
        List<Object> line = new ArrayList<>(List.of(number, unit, role));
        line.addAll(List.of(figures.completedOnTime(), figures.completedLate(), figures.openWithinDeadline(),
                figures.dueSoon(), figures.openOverdue(), figures.maxDaysOverdue(), figures.continuous(),
                figures.notOccurred(), figures.noDeadline(), figures.withdrawn()));
        line.add(figures.timeframeToSet());
        line.add(rate(figures.completionRate()));
        line.add(rate(figures.onTimeRate()));
        line.add(submitted);
        return line;
    }

    private static Object rate(BigDecimal rate) {
        return rate == null ? "—" : rate;
    }

    /** The subject under "BÁO CÁO": "Kết quả thực hiện nhiệm vụ quý III/2026". */
    public static String subject(DepartmentReport report) {
        String period = report.periodLabel();
        return "Kết quả thực hiện nhiệm vụ " + period.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi"))
                + period.substring(1);
    }

    public static String window(DepartmentReport report) {
        return "(Số liệu từ ngày " + VN_DATE.format(report.windowStart()) + " đến ngày "
                + VN_DATE.format(report.windowEnd()) + ", tính đến ngày " + VN_DATE.format(report.asOf()) + ")";
    }

    public static String notSubmitted(DepartmentReport report) {
        return notSubmitted(report, UnaryOperator.identity());
    }

    public static String notSubmitted(DepartmentReport report, UnaryOperator<String> unitName) {
        return report.notSubmitted().isEmpty() ? "Tất cả đơn vị đã nộp báo cáo."
                : "Đơn vị chưa nộp báo cáo: " + String.join(", ", report.notSubmitted().stream().map(unitName).toList())
                        + ".";
    }
}
