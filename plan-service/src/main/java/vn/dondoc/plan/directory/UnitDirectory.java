package vn.dondoc.plan.directory;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The directory of units: keeps each department's units and hands out its roster as of a date. */
@Service
public class UnitDirectory {

    private final Units units;

    UnitDirectory(Units units) {
        this.units = units;
    }

    public Roster rosterOf(String departmentCode, LocalDate asOf) {
        return new Roster(departmentCode, units.findByDepartmentCodeOrderByCodeAsc(departmentCode), asOf);
    }

    public List<Unit> unitsOf(String departmentCode) {
        return units.findByDepartmentCodeOrderByCodeAsc(departmentCode);
    }

    public Unit put(Unit unit) {
        return units.save(unit);
    }

    /** Stores every unit of a roster file; units already there with the same code are replaced. */
    public List<Unit> load(List<Unit> roster) {
        return units.saveAll(roster);
    }
}
