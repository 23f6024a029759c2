package vn.dondoc.reporting.provincialplan.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.provincialplan.ProvincialRollup;
import vn.dondoc.reporting.provincialplan.Rollup;
import vn.dondoc.security.Caller;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.web.RequestProblems;
import vn.dondoc.web.apidocs.ApiConventions;

/**
 * {@code GET /provincial-plans/{planId}/rollup?period=2026-Q4|Quý IV/2026[&asOf=][&regime=]}: the
 * provincial office sees every department of its plan of UBND tỉnh; a department's office and
 * leadership see the plan's tasks with their own department's row only.
 */
@RestController
class ProvincialRollupController {

    private final ProvincialRollup rollup;
    private final ReportingCalendar calendar;
    private final Clock clock;

    ProvincialRollupController(ProvincialRollup rollup, ReportingCalendar calendar, Clock clock) {
        this.rollup = rollup;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/provincial-plans/{planId}/rollup")
    @ApiResponse(responseCode = "200", description = "Tổng hợp kế hoạch của UBND tỉnh trong kỳ",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Rollup.class)))
    @ApiResponse(responseCode = "404", description = "Không có kế hoạch của UBND tỉnh với mã này",
            content = @Content(mediaType = ApiConventions.PROBLEM_JSON,
                    schema = @Schema(ref = ApiConventions.PROBLEM_REF)))
    ResponseEntity<?> rollup(@PathVariable String planId, @RequestParam String period,
            @RequestParam(required = false) String regime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Regime chosen = calendar.chosenRegime(regime, calendar.defaultRegime());
        ReportingPeriod found = calendar.chosenPeriod(chosen, period);
        Caller caller = Caller.current();
        return rollup.of(planId, found, asOf == null ? LocalDate.now(clock) : asOf, caller::mayRead)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Không tìm thấy kế hoạch của UBND tỉnh",
                        "Không có kế hoạch của UBND tỉnh với mã '" + planId + "'."));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(RequestProblems.problem(status, title, detail));
    }
}
