package vn.dondoc.reporting.departmentreport;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.reporting.unitfigures.RoleFigures;

/** The department report as a table in Vietnamese, shared by the .xlsx and .docx renderings. */
public final class ReportTable {

    public static final List<String> HEADER = List.of("STT", "Đơn vị", "Vai trò", "Hoàn thành đúng hạn",
            "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Trong đó sắp đến hạn", "Đang thực hiện quá hạn",
            "Số ngày quá hạn tối đa", "Thường xuyên", "Không phát sinh", "Không có hạn", "Thu hồi",
            "Chưa xác định thời hạn", "Tỷ lệ hoàn thành (%)", "Tỷ lệ đúng hạn (%)", "Nộp báo cáo");

    private static final DateTimeFormatter VN_DATE = DisplayDates.DAY;

    private ReportTable() {
    }

    /** Two lines per unit (chủ trì, phối hợp), then the two total lines; numbers stay numbers. */
    public static List<List<Object>> rows(DepartmentReport report) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (DepartmentReport.UnitRow unit : report.units()) {
            String submitted = unit.submittedOn() == null ? "Chưa nộp"
                    : VN_DATE.format(unit.submittedOn()) + (Boolean.TRUE.equals(unit.onTime()) ? " (đúng hạn)" : " (quá hạn)");
            rows.add(line(String.valueOf(number), unit.unitCode(), "Chủ trì", unit.lead(), submitted));
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

    public static String title(DepartmentReport report) {
        return "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ " + report.periodLabel().toUpperCase(java.util.Locale.ROOT);
    }

    public static String window(DepartmentReport report) {
        return "(Số liệu từ ngày " + VN_DATE.format(report.windowStart()) + " đến ngày "
                + VN_DATE.format(report.windowEnd()) + ", tính đến ngày " + VN_DATE.format(report.asOf()) + ")";
    }

    public static String notSubmitted(DepartmentReport report) {
        return report.notSubmitted().isEmpty() ? "Tất cả đơn vị đã nộp báo cáo."
                : "Đơn vị chưa nộp báo cáo: " + String.join(", ", report.notSubmitted()) + ".";
    }
}
