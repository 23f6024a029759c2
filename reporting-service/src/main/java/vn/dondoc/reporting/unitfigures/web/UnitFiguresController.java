package vn.dondoc.reporting.unitfigures.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.reporting.unitfigures.UnitCounts;
import vn.dondoc.reporting.unitfigures.UnitFigures;

/** Counts per unit. */
@RestController
class UnitFiguresController {

    private final UnitFigures figures;

    UnitFiguresController(UnitFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/units/counts")
    List<UnitCounts> allUnits() {
        return figures.allUnits();
    }

    @GetMapping("/units/{unitCode}/counts")
    ResponseEntity<UnitCounts> ofUnit(@PathVariable String unitCode) {
        return ResponseEntity.ok(figures.ofUnit(unitCode).orElse(new UnitCounts(unitCode, 0, 0, 0)));
    }
}
