package vn.dondoc.reporting.unitfigures.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.unitfigures.UnitCounts;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.security.Caller;

/** Counts per unit. */
@RestController
class UnitFiguresController {

    private final UnitFigures figures;

    UnitFiguresController(UnitFigures figures) {
        this.figures = figures;
    }

    /** Every unit of the caller's department (the province: of every department). */
    @GetMapping("/units/counts")
    List<UnitCounts> allUnits() {
        Caller caller = Caller.current();
        return figures.allUnits().stream().filter(counts -> caller.mayRead(Caller.departmentOf(counts.unitCode())))
                .toList();
    }

    @GetMapping("/units/{unitCode}/counts")
    ResponseEntity<UnitCounts> ofUnit(@PathVariable String unitCode) {
        return ResponseEntity.ok(figures.ofUnit(unitCode).orElse(new UnitCounts(unitCode, 0, 0, 0)));
    }
}
