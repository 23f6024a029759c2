package vn.dondoc.webapp.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.dashboard.Periods;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.ReportingClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.VietnamTime;

/**
 * "Báo cáo": the department report of a period previewed in the page (the same table as the
 * .docx), downloaded as .xlsx or .docx and submitted to the province after the cut-off; a unit's
 * period report with its figures and the narrative it submits.
 */
@Controller
class ReportController {

    private final ReportingClient reporting;

    ReportController(ReportingClient reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/reports")
    String reports(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String period,
            Model model) {
        String shown = period == null || period.isBlank() ? Periods.quarterOf(VietnamTime.today()) : period.strip();
        model.addAttribute("period", shown);
        SignedInUser.Profile me = user.profile();
        if (me.unit() != null) {
            model.addAttribute("figures", reporting.figures(me.unit(), shown, VietnamTime.today()));
            model.addAttribute("submitted", reporting.unitReport(me.unit(), shown));
            model.addAttribute("due", reporting.reportsDue(me.unit()));
            return "reports/unit";
        }
        if (me.department() == null) {
            return "redirect:/plans";
        }
        model.addAttribute("report", reporting.departmentReport(me.department(), shown));
        return "reports/department";
    }

    @GetMapping("/reports/{period}/{format:xlsx|docx}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            @PathVariable String format) {
        ResponseEntity<byte[]> file = reporting.departmentReportFile(user.profile().department(), period, format);
        return ResponseEntity.ok().contentType(file.getHeaders().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .body(file.getBody());
    }

    @PostMapping("/reports/{period}/submit")
    String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            RedirectAttributes redirect) {
        try {
            reporting.submitDepartmentReport(user.profile().department(), period);
            redirect.addFlashAttribute("done", "Đã gửi báo cáo của Sở tới Văn phòng UBND tỉnh.");
        } catch (ServiceProblem problem) {
            if (problem.forbidden()) {
                throw problem;
            }
            redirect.addFlashAttribute("failed", problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
        }
        return "redirect:/reports?period=" + period;
    }

    @PostMapping("/reports/{period}/unit")
    String submitUnit(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        for (String field : new String[] {"results", "shortcomings", "nextPeriodTasks", "proposals"}) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        }
        try {
            reporting.submitUnitReport(user.profile().unit(), body);
            redirect.addFlashAttribute("done", "Đã nộp báo cáo kỳ " + period + ".");
            return "redirect:/reports?period=" + period;
        } catch (ServiceProblem problem) {
            if (problem.forbidden()) {
                throw problem;
            }
            model.addAttribute("period", period);
            model.addAttribute("figures", reporting.figures(user.profile().unit(), period, VietnamTime.today()));
            model.addAttribute("submitted", null);
            model.addAttribute("due", reporting.reportsDue(user.profile().unit()));
            model.addAttribute("errors", problem.byField().isEmpty()
                    ? Map.of("results", problem.detail() == null ? problem.title() : problem.detail()) : problem.byField());
            model.addAttribute("typed", form);
            return "reports/unit";
        }
    }
}
