package vn.dondoc.webapp;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.webapp.services.Assignment;
import vn.dondoc.webapp.services.Plan;
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
                        29L, "", ""), List.of(), "FIXED_DEADLINE", null);
    }

    public static Plan plan() {
        return new Plan("plan-1", "257/KH-SKHCN", "Kế hoạch kiểm soát thủ tục hành chính năm 2026", "SKHCN",
                LocalDate.of(2026, 11, 20), List.of(new Plan.Task("T1", "1", "Rà soát, đánh giá thủ tục hành chính",
                        List.of("SKHCN.VP"), List.of("SKHCN.QLKH"), LocalDate.of(2026, 12, 31), null, null)),
                "ISSUED", null, null, null, List.of(), 1);
    }
}
