package vn.dondoc.reporting.unitfigures.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
import vn.dondoc.reporting.unitfigures.FigureSnapshots;
import vn.dondoc.reporting.unitfigures.PeriodFigures;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.web.RequestProblems;
import vn.dondoc.web.apidocs.ApiConventions;

/**
 * {@code GET /units/{unit}/figures?period=2026-Q4|Quý IV/2026[&asOf=2026-12-01][&regime=quy-nam]}:
 * the Government Office matrix of one unit for one period; the frozen snapshot once the cut-off has
 * passed and it was taken, unless {@code recompute=true} asks for the figures counted from the events.
 */
@RestController
class FiguresController {

    private final UnitFigures figures;
    private final FigureSnapshots snapshots;
    private final ReportingCalendar calendar;
    private final Clock clock;

    FiguresController(UnitFigures figures, FigureSnapshots snapshots, ReportingCalendar calendar, Clock clock) {
        this.figures = figures;
        this.snapshots = snapshots;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/units/{unitCode}/figures")
    @ApiResponse(responseCode = "200", description = "Số liệu của đơn vị trong kỳ",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PeriodFigures.class)))
    @ApiResponse(responseCode = "404", description = "Đơn vị chưa được giao nhiệm vụ nào",
            content = @Content(mediaType = ApiConventions.PROBLEM_JSON,
                    schema = @Schema(ref = ApiConventions.PROBLEM_REF)))
    ResponseEntity<?> ofPeriod(@PathVariable String unitCode, @RequestParam String period,
            @RequestParam(required = false) String regime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean recompute) {
        Regime chosen = calendar.chosenRegime(regime, calendar.defaultRegime());
        ReportingPeriod found = calendar.chosenPeriod(chosen, period);
        Optional<PeriodFigures> frozen = recompute ? Optional.empty()
                : snapshots.frozen(unitCode, chosen.code(), found.key());
        if (frozen.isPresent()) {
            return ResponseEntity.ok(frozen.get());
        }
        return figures.figures(unitCode, chosen.code(), found, asOf == null ? LocalDate.now(clock) : asOf)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Không tìm thấy đơn vị",
                        "Đơn vị '" + unitCode + "' chưa được giao nhiệm vụ nào."));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(RequestProblems.problem(status, title, detail));
    }
}
