package vn.dondoc.reporting.evaluation.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.RegimeSelection;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.evaluation.UnitRanking;
import vn.dondoc.reporting.evaluation.UnitRankings;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.web.RequestProblems;
import vn.dondoc.web.apidocs.ApiConventions;

/**
 * {@code GET /departments/{department}/rankings?period=2026-Q3}: the department's units ranked by
 * score for the period, from the figures of the department report of that period.
 */
@RestController
class UnitRankingController {

    private final UnitRankings rankings;
    private final ReportingCalendar calendar;
    private final RegimeSelection selection;

    UnitRankingController(UnitRankings rankings, ReportingCalendar calendar, RegimeSelection selection) {
        this.rankings = rankings;
        this.calendar = calendar;
        this.selection = selection;
    }

    @GetMapping("/departments/{department}/rankings")
    @ApiResponse(responseCode = "200", description = "Xếp hạng đơn vị của sở trong kỳ, kèm công thức tính điểm",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitRanking.class)))
    @ApiResponse(responseCode = "404", description = "Sở chưa có đơn vị nào được giao nhiệm vụ",
            content = @Content(mediaType = ApiConventions.PROBLEM_JSON,
                    schema = @Schema(ref = ApiConventions.PROBLEM_REF)))
    ResponseEntity<?> ranking(@PathVariable String department, @RequestParam String period,
            @RequestParam(required = false) String regime) {
        Regime chosen = calendar.chosenRegime(regime, selection.departmentDefault(department));
        ReportingPeriod reportingPeriod = calendar.chosenPeriod(chosen, period);
        return rankings.of(department, chosen, reportingPeriod).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(RequestProblems.problem(
                        HttpStatus.NOT_FOUND, "Không tìm thấy sở",
                        "Sở '" + department + "' chưa có đơn vị nào được giao nhiệm vụ.")));
    }
}
