package vn.dondoc.webapp.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Assignment;
import vn.dondoc.webapp.services.Figures;
import vn.dondoc.webapp.services.ReportingClient;
import vn.dondoc.webapp.services.TaskClient;
import vn.dondoc.webapp.services.Unit;
import vn.dondoc.webapp.services.UnitNames;

/**
 * "Tổng quan" for the office and leadership: as of a day, the matrix totals of the quarter, each
 * unit's standing with its rates (formulas shown), a bar chart, the overdue work and what falls due
 * within three days.
 */
@Controller
class DashboardController {

    private final ReportingClient reporting;
    private final TaskClient tasks;
    private final UnitNames units;

    DashboardController(ReportingClient reporting, TaskClient tasks, UnitNames units) {
        this.reporting = reporting;
        this.tasks = tasks;
        this.units = units;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        if (!user.profile().directs()) {
            return "redirect:/";
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        String period = Periods.quarterOf(day);
        List<UnitStanding> standings = new ArrayList<>();
        String completionFormula = null;
        String onTimeFormula = null;
        for (Unit unit : units.unitsOf(user.profile().department())) {
            Figures.OfUnit figures = reporting.figures(unit.code(), period, day);
            if (figures == null) {
                continue;
            }
            completionFormula = figures.completionRateFormula();
            onTimeFormula = figures.onTimeRateFormula();
            standings.add(new UnitStanding(unit.code(), unit.name(),
                    figures.lead() == null ? UnitStanding.empty() : figures.lead(),
                    figures.coordinator() == null ? UnitStanding.empty() : figures.coordinator()));
        }
        List<Assignment> open = tasks.all(day).stream().filter(Assignment::open).toList();
        Figures.DepartmentReport report = reporting.departmentReport(user.profile().department(), period);
        model.addAttribute("report", report);
        model.addAttribute("periodLabel", report != null ? report.periodLabel() : Periods.labelOf(day));
        model.addAttribute("asOf", day);
        model.addAttribute("period", period);
        model.addAttribute("standings", standings);
        model.addAttribute("totals", Totals.of(standings));
        model.addAttribute("chart", BarChart.of(standings));
        model.addAttribute("completionFormula", completionFormula);
        model.addAttribute("onTimeFormula", onTimeFormula);
        model.addAttribute("overdue", tasks.overdue(day));
        model.addAttribute("dueSoon", open.stream().filter(a -> a.derived() != null && a.derived().daysLeft() != null
                && a.derived().daysLeft() >= 0 && a.derived().daysLeft() <= 3 && a.derived().daysOverdue() == 0).toList());
        return "dashboard/dashboard";
    }
}
