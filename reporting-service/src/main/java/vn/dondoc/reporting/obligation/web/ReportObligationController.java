package vn.dondoc.reporting.obligation.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.obligation.ReportObligation;
import vn.dondoc.reporting.obligation.ReportObligations;
import vn.dondoc.web.ListPage;

/** The reports a unit owes. */
@RestController
class ReportObligationController {

    private final ReportObligations obligations;

    ReportObligationController(ReportObligations obligations) {
        this.obligations = obligations;
    }

    /** The unit's obligations, a page ({@link ListPage}) by due date. */
    @GetMapping("/units/{unitCode}/reports-due")
    ResponseEntity<List<ReportObligationView>> ofUnit(@PathVariable String unitCode,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size);
        Page<ReportObligation> found = obligations.findByUnitCode(unitCode, PageRequest.of(asked.page(), asked.size(),
                Sort.by("dueDate").and(Sort.by("id"))));
        return ListPage.response(found.getContent().stream().map(ReportObligationView::of).toList(),
                found.getTotalElements());
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
