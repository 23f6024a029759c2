package vn.dondoc.webapp;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.webapp.services.Assignment;
import vn.dondoc.webapp.services.Figures;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.Rollup;
import vn.dondoc.webapp.services.Unit;

/** Answers of the services as the pages receive them. */
public final class PageFixtures {

    private PageFixtures() {
    }

    public static List<Unit> units() {
        return List.of(new Unit("SKHCN", "SKHCN.VP", "Văn phòng Sở", List.of(), "OFFICE"),
                new Unit("SKHCN", "SKHCN.QLKH", "Phòng Quản lý khoa học", List.of(), "DIVISION"));
    }

    public static Assignment assignment(String id, String unit, String status, String timeliness, long daysOverdue) {
        LocalDate due = LocalDate.of(2026, 12, 31);
        return new Assignment(id, "plan-1", "257/KH-SKHCN", "1", "Rà soát, đánh giá thủ tục hành chính", unit, "LEAD",
                List.of(unit), due, due, status, switch (status) {
                    case "SUBMITTED" -> "chờ xác nhận";
                    case "IN_PROGRESS" -> "đang thực hiện";
                    default -> "chưa thực hiện";
                }, 0, null, null, null, 0, null,
                new Assignment.Derived(LocalDate.of(2026, 12, 2), "NOT_STARTED", timeliness, "", due, daysOverdue,
                        29L), List.of(), "FIXED_DEADLINE", null, "SKHCN");
    }

    public static Plan plan() {
        return new Plan("plan-1", "257/KH-SKHCN", "Kế hoạch kiểm soát thủ tục hành chính năm 2026", "SKHCN",
                LocalDate.of(2026, 11, 20), List.of(new Plan.Task("T1", "1", "Rà soát, đánh giá thủ tục hành chính",
                        List.of("SKHCN.VP"), List.of("SKHCN.QLKH"), LocalDate.of(2026, 12, 31), null, null)),
                "ISSUED", null, null, null, List.of(), 1);
    }

    public static Rollup rollup() {
        Figures.Row none = new Figures.Row(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
        Figures.Row some = new Figures.Row(1, 0, 1, 0, 1, 16, 0, 0, 0, 0, new java.math.BigDecimal("50.0"),
                new java.math.BigDecimal("50.0"));
        return new Rollup("p-ubnd", "38/KH-UBND", "Kế hoạch chuyển đổi số tỉnh năm 2026", LocalDate.of(2026, 10, 1),
                "2026-Q4", "Quý IV/2026", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1),
                List.of(new Rollup.TaskRow("t1", "1", "Xây dựng chính quyền số", List.of(
                        new Rollup.TaskDepartment("SKHCN", "SKHCN.VP", "LEAD", List.of("101/KH-SKHCN")),
                        new Rollup.TaskDepartment("SDTTG", "SDTTG.VP", "COORDINATOR", List.of())))),
                List.of(new Rollup.DepartmentRow("SDTTG", List.of(), new Rollup.PlanFigures(none, none),
                                new Rollup.PlanFigures(none, none)),
                        new Rollup.DepartmentRow("SKHCN", List.of(new Rollup.ChildPlan("p-101", "101/KH-SKHCN",
                                "Kế hoạch của Sở", LocalDate.of(2026, 10, 20))), new Rollup.PlanFigures(some, none),
                                new Rollup.PlanFigures(none, none))),
                "Tỷ lệ hoàn thành = hoàn thành / tổng", "Tỷ lệ đúng hạn = đúng hạn / hoàn thành");
    }
}
