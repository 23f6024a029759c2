package vn.dondoc.plan.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.dondoc.security.Caller;

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

    /** Stores one unit (new or replacing the one with its code), if it is a unit of its directory. */
    public Unit put(Unit unit) {
        check(unit, Set.of());
        return units.save(unit);
    }

    /** Stores every unit of a roster file; units already there with the same code are replaced. */
    public List<Unit> load(List<Unit> roster) {
        Set<String> loaded = roster.stream().map(Unit::code).collect(Collectors.toSet());
        roster.forEach(unit -> check(unit, loaded));
        return units.saveAll(roster);
    }

    /**
     * A department's unit has a code of that department ({@code SKHCN.QLKH} in SKHCN; the province's
     * directory names departments by their offices' codes; its dates are checked by {@link Unit}); its successor is another unit of the same directory (or of the same roster file).
     */
    private void check(Unit unit, Set<String> loadedTogether) {
        String department = unit.departmentCode();
        if (!Caller.PROVINCE_SCOPE.equals(department) && !department.equals(Caller.departmentOf(unit.code()))) {
            throw new IllegalArgumentException("Mã đơn vị " + unit.code() + " không thuộc " + department
                    + ": mã đơn vị của sở bắt đầu bằng «" + department + ".»");
        }
        String successor = unit.successor();
        if (successor != null && !successor.isBlank()) {
            if (successor.equals(unit.code())) {
                throw new IllegalArgumentException("Đơn vị " + unit.code() + " không thể kế thừa chính nó");
            }
            if (!loadedTogether.contains(successor) && units.findByDepartmentCodeOrderByCodeAsc(department).stream()
                    .noneMatch(known -> known.code().equals(successor))) {
                throw new IllegalArgumentException("Đơn vị kế thừa " + successor + " không có trong danh mục của "
                        + department);
            }
        }
    }
}
