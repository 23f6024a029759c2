package vn.dondoc.reporting.departmentreport.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.RegimeSelection;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.departmentreport.DepartmentReport;
import vn.dondoc.reporting.departmentreport.DepartmentReportSubmission;
import vn.dondoc.reporting.departmentreport.SubmittedDepartmentReport;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.web.RequestLimits;

/** {@code POST /departments/{department}/reports}: the office sends the period's department report to UBND tỉnh. */
@RestController
class DepartmentReportSubmissionController {

    private final DepartmentReportSubmission submission;
    private final ReportingCalendar calendar;
    private final RegimeSelection selection;

    DepartmentReportSubmissionController(DepartmentReportSubmission submission, ReportingCalendar calendar,
            RegimeSelection selection) {
        this.submission = submission;
        this.calendar = calendar;
        this.selection = selection;
    }

    @PostMapping("/departments/{department}/reports")
    @ApiResponse(responseCode = "201", description = "Đã nộp; Location: /departments/{department}/reports/{period}",
            useReturnTypeSchema = true)
    ResponseEntity<SubmittedView> submit(@PathVariable String department,
            @Valid @RequestBody SubmitDepartmentReport request, Principal principal) {
        Regime regime = calendar.chosenRegime(request.regime(), selection.departmentDefault(department));
        ReportingPeriod period = calendar.chosenPeriod(regime, request.period());
        SubmittedDepartmentReport sent = submission.submit(department, regime, period,
                principal == null ? null : principal.getName());
        return ResponseEntity.created(URI.create("/departments/" + department + "/reports/" + period.key()
                + "?regime=" + regime.code())).body(SubmittedView.of(sent));
    }

    /** The period ({@code 2026-Q3} or "Quý III/2026") and, when not the department's default, the regime. */
    record SubmitDepartmentReport(@NotBlank(message = "Cần nêu kỳ báo cáo") @Size(max = RequestLimits.CODE, message = "Kỳ báo cáo dài quá {max} ký tự") String period,
            @Size(max = RequestLimits.CODE, message = "Chế độ báo cáo dài quá {max} ký tự") String regime) {
    }

    /** A submitted department report as users read it (without the outbox). */
    record SubmittedView(String id, String departmentCode, String regime, String periodKey, String periodLabel,
            LocalDate dueDate, Instant submittedAt, LocalDate submittedOn, boolean onTime, String submittedBy,
            DepartmentReport report) {

        static SubmittedView of(SubmittedDepartmentReport sent) {
            return new SubmittedView(sent.id(), sent.departmentCode(), sent.regime(), sent.periodKey(),
                    sent.periodLabel(), sent.dueDate(), sent.submittedAt(), sent.submittedOn(), sent.onTime(),
                    sent.submittedBy(), sent.report());
        }
    }
}
