package vn.dondoc.webapp.plans;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.webapp.dashboard.Periods;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.ReportingClient;
import vn.dondoc.webapp.services.VietnamTime;

/**
 * "Tổng hợp theo Sở" of a plan of UBND tỉnh: per task the departments it names and their child
 * plans, per department the figures of the quarter a chosen day falls in (reporting-service's rollup;
 * a department's office and leadership see their own row only, as the service answers).
 */
@Controller
class RollupPageController {

    private final ReportingClient reporting;

    RollupPageController(ReportingClient reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/plans/{id}/rollup")
    String rollup(@PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        if (user.profile().isUnit()) {
            return "redirect:/plans/" + id;
        }
        LocalDate day = asOf == null ? VietnamTime.today() : asOf;
        model.addAttribute("rollup", reporting.provincialRollup(id, Periods.quarterOf(day), day));
        model.addAttribute("asOf", day);
        model.addAttribute("departmentNames", PlanListController.SCOPES);
        return "plans/rollup";
    }
}
