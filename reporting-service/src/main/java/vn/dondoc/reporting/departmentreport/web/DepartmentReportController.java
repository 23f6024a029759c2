package vn.dondoc.reporting.departmentreport.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.RegimeSelection;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.departmentreport.DepartmentReport;
import vn.dondoc.reporting.departmentreport.DepartmentReportDocument;
import vn.dondoc.reporting.departmentreport.DepartmentReportWorkbook;
import vn.dondoc.reporting.departmentreport.DepartmentReports;
import vn.dondoc.reporting.departmentreport.ReportAppendices;
import vn.dondoc.reporting.departmentreport.ReportAppendix;
import vn.dondoc.reporting.departmentreport.ReportLetterheads;
import vn.dondoc.unitnames.UnitNames;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.web.RequestProblems;
import vn.dondoc.web.apidocs.ApiConventions;

/** {@code GET /departments/{department}/reports/{period}[.xlsx|.docx]}: the office's report of a period. */
@RestController
class DepartmentReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DepartmentReports reports;
    private final ReportingCalendar calendar;
    private final RegimeSelection selection;
    private final ReportLetterheads letterheads;
    private final UnitNames names;
    private final ObjectProvider<ReportAppendices> appendices;
    private final Clock clock;

    DepartmentReportController(DepartmentReports reports, ReportingCalendar calendar, RegimeSelection selection,
            ReportLetterheads letterheads, UnitNames names, ObjectProvider<ReportAppendices> appendices, Clock clock) {
        this.reports = reports;
        this.appendices = appendices;
        this.calendar = calendar;
        this.selection = selection;
        this.letterheads = letterheads;
        this.names = names;
        this.clock = clock;
    }

    /**
     * The report as JSON; with {@code asOf} the figures as they stood that day (the dashboard),
     * without it the report as submitted once it was.
     */
    @GetMapping("/departments/{department}/reports/{period}")
    @ApiResponse(responseCode = "200", description = "Báo cáo của sở trong kỳ",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DepartmentReport.class)))
    @ApiResponse(responseCode = "404", description = "Sở chưa có đơn vị nào được giao nhiệm vụ",
            content = @Content(mediaType = ApiConventions.PROBLEM_JSON,
                    schema = @Schema(ref = ApiConventions.PROBLEM_REF)))
    ResponseEntity<?> json(@PathVariable String department, @PathVariable String period,
            @RequestParam(required = false) String regime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return respond(department, period, regime, asOf, report -> ResponseEntity.ok(report));
    }

    @GetMapping("/departments/{department}/reports/{period}/xlsx")
    @ApiResponse(responseCode = "200", description = "Báo cáo của sở (Excel .xlsx), tệp tải về; trang tính thứ hai: xếp hạng đơn vị",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "Sở chưa có đơn vị nào được giao nhiệm vụ",
            content = @Content(mediaType = ApiConventions.PROBLEM_JSON,
                    schema = @Schema(ref = ApiConventions.PROBLEM_REF)))
    ResponseEntity<?> xlsx(@PathVariable String department, @PathVariable String period,
            @RequestParam(required = false) String regime) {
        return respond(department, period, regime, null, report -> file(DepartmentReportWorkbook.write(report,
                LocalDate.now(clock), letterheads.of(report.departmentCode()), names::unit, appendices(report)), XLSX,
                report, "xlsx"));
    }

    @GetMapping("/departments/{department}/reports/{period}/docx")
    @ApiResponse(responseCode = "200", description = "Báo cáo của sở (Word .docx), tệp tải về; phụ lục: xếp hạng đơn vị",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "Sở chưa có đơn vị nào được giao nhiệm vụ",
            content = @Content(mediaType = ApiConventions.PROBLEM_JSON,
                    schema = @Schema(ref = ApiConventions.PROBLEM_REF)))
    ResponseEntity<?> docx(@PathVariable String department, @PathVariable String period,
            @RequestParam(required = false) String regime) {
        return respond(department, period, regime, null, report -> file(DepartmentReportDocument.write(report,
                LocalDate.now(clock), letterheads.of(report.departmentCode()), names::unit, appendices(report)),
                DOCX, report, "docx"));
    }

    /** What other features append to the documents (the ranking of the units). */
    private List<ReportAppendix> appendices(DepartmentReport report) {
        return appendices.orderedStream().flatMap(appendix -> appendix.of(report, names::unit).stream()).toList();
    }

    private ResponseEntity<?> respond(String department, String periodText, String regimeText, LocalDate asOf,
            Function<DepartmentReport, ResponseEntity<?>> render) {
        Regime regime = calendar.chosenRegime(regimeText, selection.departmentDefault(department));
        ReportingPeriod period = calendar.chosenPeriod(regime, periodText);
        return (asOf == null ? reports.of(department, regime, period) : reports.asOf(department, regime, period, asOf)).<ResponseEntity<?>>map(render)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Không tìm thấy sở",
                        "Sở '" + department + "' chưa có đơn vị nào được giao nhiệm vụ."));
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, DepartmentReport report, String ext) {
        String name = "bao-cao-" + report.departmentCode() + "-" + report.periodKey() + "." + ext;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .body(content);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(RequestProblems.problem(status, title, detail));
    }
}
