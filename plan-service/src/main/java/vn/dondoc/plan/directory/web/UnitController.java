package vn.dondoc.plan.directory.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.plan.directory.RosterFile;
import vn.dondoc.plan.directory.Unit;
import vn.dondoc.plan.directory.UnitDirectory;
import vn.dondoc.web.ListPage;

/** Reads and maintains a department's units. */
@RestController
@RequestMapping("/departments/{department}/units")
class UnitController {

    private final UnitDirectory directory;

    UnitController(UnitDirectory directory) {
        this.directory = directory;
    }

    /** The department's units by code, a page ({@link ListPage}; a directory is bounded by nature). */
    @GetMapping
    ResponseEntity<List<Unit>> units(@PathVariable String department, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).responseOf(directory.unitsOf(department));
    }

    @PutMapping("/{code}")
    Unit put(@PathVariable String department, @PathVariable String code, @Valid @RequestBody UnitRequest unit) {
        return directory.put(unit.toUnit(department, code));
    }

    /** Loads a roster file (YAML or JSON) for the department named in the path. */
    @PutMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    List<Unit> load(@PathVariable String department, @RequestBody String file) {
        List<Unit> units = RosterFile.read(file);
        if (units.stream().anyMatch(unit -> !unit.departmentCode().equals(department))) {
            throw new IllegalArgumentException("Tệp danh mục thuộc cơ quan khác, không phải " + department);
        }
        return directory.load(units);
    }
}
