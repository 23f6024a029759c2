package vn.dondoc.reporting.obligation.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.obligation.ReportObligation;
import vn.dondoc.reporting.obligation.ReportObligations;

/** The reports a unit owes. */
@RestController
class ReportObligationController {

    private final ReportObligations obligations;

    ReportObligationController(ReportObligations obligations) {
        this.obligations = obligations;
    }

    @GetMapping("/units/{unitCode}/reports-due")
    List<ReportObligationView> ofUnit(@PathVariable String unitCode) {
        return obligations.findByUnitCodeOrderByDueDateAsc(unitCode).stream()
                .map(ReportObligationView::of).toList();
    }

    record ReportObligationView(String id, String unitCode, String periodLabel,
            java.time.LocalDate windowStart, java.time.LocalDate windowEnd,
            java.time.LocalDate dueDate, String level) {

        static ReportObligationView of(ReportObligation obligation) {
            return new ReportObligationView(obligation.id(), obligation.unitCode(),
                    obligation.periodLabel(), obligation.windowStart(), obligation.windowEnd(),
                    obligation.dueDate(), obligation.level().name());
        }
    }
}
