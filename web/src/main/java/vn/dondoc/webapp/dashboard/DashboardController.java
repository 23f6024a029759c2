package vn.dondoc.webapp.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.vocabulary.DueSoon;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Figures;
import vn.dondoc.webapp.services.ReportingClient;
import vn.dondoc.webapp.services.TaskClient;
import vn.dondoc.webapp.services.Unit;
import vn.dondoc.webapp.services.UnitNames;
import vn.dondoc.webapp.services.VietnamTime;

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
            @RequestParam(required = false) String list, @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!user.profile().directs()) {
            return "redirect:/";
        }
        LocalDate day = asOf == null ? VietnamTime.today() : asOf;
        String period = Periods.quarterOf(day);
        // one call: the department report as of the day has every unit's row (lead and coordinator)
        Figures.DepartmentReport report = reporting.departmentReport(user.profile().department(), period, day);
        Map<String, String> names = units.mapOf(user.profile().department());
        List<UnitStanding> standings = new ArrayList<>();
        if (report != null) {
            List<String> directoryOrder = List.copyOf(names.keySet());
            Comparator<Figures.UnitRow> inDirectoryOrder = Comparator.comparingInt(row -> {
                int at = directoryOrder.indexOf(row.unitCode());
                return at < 0 ? Integer.MAX_VALUE : at;
            });
            report.units().stream().sorted(inDirectoryOrder.thenComparing(Figures.UnitRow::unitCode))
                    .forEach(row -> standings.add(new UnitStanding(row.unitCode(),
                            names.getOrDefault(row.unitCode(), units.name(row.unitCode())),
                            row.lead() == null ? UnitStanding.empty() : row.lead(),
                            row.coordinator() == null ? UnitStanding.empty() : row.coordinator())));
        }
        String completionFormula = report == null ? null : report.completionRateFormula();
        String onTimeFormula = report == null ? null : report.onTimeRateFormula();
        model.addAttribute("report", report);
        model.addAttribute("periodLabel", report != null ? report.periodLabel() : Periods.labelOf(day));
        model.addAttribute("asOf", day);
        model.addAttribute("period", period);
        model.addAttribute("standings", standings);
        model.addAttribute("totals", Totals.of(standings));
        model.addAttribute("chart", BarChart.of(standings));
        model.addAttribute("completionFormula", completionFormula);
        model.addAttribute("onTimeFormula", onTimeFormula);
        // one page of each list; {@code list} names the one {@code page} turns (its pager's link)
        model.addAttribute("overdue", tasks.overdue(day, "overdue".equals(list) ? page : 0));
        model.addAttribute("dueSoon", tasks.dueSoon(day, DueSoon.DAYS, "due-soon".equals(list) ? page : 0));
        return "dashboard/dashboard";
    }
}
