package vn.dondoc.reporting.unitreport.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.unitfigures.RoleFigures;
import vn.dondoc.reporting.unitreport.ReportSections;
import vn.dondoc.reporting.unitreport.UnitReport;
import vn.dondoc.reporting.unitreport.UnitReportSubmission;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.web.RequestLimits;

/** {@code POST /units/{unit}/reports} submits a period report; {@code GET /units/{unit}/reports/{period}} reads it. */
@RestController
class UnitReportController {

    private final UnitReportSubmission submission;
    private final ReportingCalendar calendar;

    UnitReportController(UnitReportSubmission submission, ReportingCalendar calendar) {
        this.submission = submission;
        this.calendar = calendar;
    }

    @PostMapping("/units/{unitCode}/reports")
    @ApiResponse(responseCode = "201", description = "Đã nộp; Location: /units/{unitCode}/reports/{period}",
            useReturnTypeSchema = true)
    ResponseEntity<UnitReportView> submit(@PathVariable String unitCode, @Valid @RequestBody SubmitReport request) {
        Regime regime = regime(request.regime());
        ReportingPeriod period = period(regime, request.period());
        UnitReport report = submission.submit(unitCode, regime, period, new ReportSections(request.results(),
                request.shortcomings(), request.nextPeriodTasks(), request.proposals()),
                Optional.ofNullable(request.lead()), Optional.ofNullable(request.coordinator()));
        return ResponseEntity.created(URI.create("/units/" + unitCode + "/reports/" + period.key())).body(UnitReportView.of(report));
    }

    @GetMapping("/units/{unitCode}/reports/{period}")
    ResponseEntity<UnitReportView> read(@PathVariable String unitCode, @PathVariable String period,
            @RequestParam(required = false) String regime) {
        Regime chosen = regime(regime);
        return ResponseEntity.of(submission.find(unitCode, chosen, period(chosen, period)).map(UnitReportView::of));
    }

    private Regime regime(String codeOrName) {
        return calendar.chosenRegime(codeOrName, calendar.defaultRegime());
    }

    private ReportingPeriod period(Regime regime, String keyOrLabel) {
        return calendar.chosenPeriod(regime, keyOrLabel);
    }

    /** A submitted report as users read it (without the outbox). */
    record UnitReportView(String id, String unitCode, String regime, String periodKey, String periodLabel,
            java.time.LocalDate dueDate, java.time.Instant submittedAt, java.time.LocalDate submittedOn,
            boolean onTime, vn.dondoc.reporting.unitfigures.PeriodFigures figures, ReportSections sections) {

        static UnitReportView of(UnitReport report) {
            return new UnitReportView(report.id(), report.unitCode(), report.regime(), report.periodKey(),
                    report.periodLabel(), report.dueDate(), report.submittedAt(), report.submittedOn(),
                    report.onTime(), report.figures(), report.sections());
        }
    }

    /** The request: the period, the narrative, and optionally the figures the unit read (must match). */
    record SubmitReport(@NotBlank(message = "Cần nêu kỳ báo cáo") @Size(max = RequestLimits.CODE, message = "Kỳ báo cáo dài quá {max} ký tự") String period,
            @Size(max = RequestLimits.CODE, message = "Chế độ báo cáo dài quá {max} ký tự") String regime,
            @NotBlank(message = "Cần nêu kết quả thực hiện") @Size(max = RequestLimits.NARRATIVE, message = "Kết quả thực hiện dài quá {max} ký tự") String results,
            @Size(max = RequestLimits.NARRATIVE, message = "Tồn tại, hạn chế dài quá {max} ký tự") String shortcomings,
            @Size(max = RequestLimits.NARRATIVE, message = "Nhiệm vụ kỳ tới dài quá {max} ký tự") String nextPeriodTasks,
            @Size(max = RequestLimits.NARRATIVE, message = "Đề xuất, kiến nghị dài quá {max} ký tự") String proposals, RoleFigures lead, RoleFigures coordinator) {
    }
}
