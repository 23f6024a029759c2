package vn.dondoc.reporting.unitfigures.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.unitfigures.UnitCounts;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.security.Caller;
import vn.dondoc.web.ListPage;

/** Counts per unit. */
@RestController
class UnitFiguresController {

    private final UnitFigures figures;

    UnitFiguresController(UnitFigures figures) {
        this.figures = figures;
    }

    /**
     * The counts of the caller's department's units (the province: of every department), a page
     * ({@link ListPage}) by unit code.
     */
    @GetMapping("/units/counts")
    ResponseEntity<List<UnitCounts>> units(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size);
        Page<UnitCounts> found = figures.units(Caller.current().scope(), asked.page(), asked.size());
        return ListPage.response(found.getContent(), found.getTotalElements());
    }

    @GetMapping("/units/{unitCode}/counts")
    ResponseEntity<UnitCounts> ofUnit(@PathVariable String unitCode) {
        return ResponseEntity.ok(figures.ofUnit(unitCode).orElse(new UnitCounts(unitCode, 0, 0, 0)));
    }
}
