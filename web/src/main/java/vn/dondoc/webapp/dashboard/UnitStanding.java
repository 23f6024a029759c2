package vn.dondoc.webapp.dashboard;

import vn.dondoc.webapp.services.Figures;

/**
 * One unit's line on the dashboard: its figures as lead (chủ trì) and as coordinator, and a
 * red/amber/green standing in words: red with overdue work, amber with work due soon.
 */
public record UnitStanding(String unitCode, String unitName, Figures.Row lead, Figures.Row coordinator) {

    public String tone() {
        if (lead.openOverdue() + coordinator.openOverdue() > 0) {
            return "red";
        }
        return lead.dueSoon() + coordinator.dueSoon() > 0 ? "amber" : "green";
    }

    public String standing() {
        return switch (tone()) {
            case "red" -> "Có việc quá hạn";
            case "amber" -> "Có việc sắp đến hạn";
            default -> "Đúng tiến độ";
        };
    }

    static Figures.Row empty() {
        return new Figures.Row(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
    }
}
