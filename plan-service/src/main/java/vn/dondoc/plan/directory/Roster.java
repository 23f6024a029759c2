package vn.dondoc.plan.directory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The units of one department as they were on one date, and how a name written in a plan maps to
 * them. Pure: no store, no Spring.
 */
public final class Roster {

    private static final Pattern DESIGNATION = Pattern.compile(
            "(^|.* )(co lien quan|lien quan|duoc giao|duoc phan cong)( .*|$)");
    private static final Pattern GROUP_LIKE = Pattern.compile("^(cac |phong, |tat ca )(phong|don vi|trung tam).*");

    private final String departmentCode;
    private final List<Unit> units;
    private final Map<String, Unit> byKey = new LinkedHashMap<>();

    public Roster(String departmentCode, List<Unit> units, LocalDate asOf) {
        this.departmentCode = departmentCode;
        this.units = units.stream().filter(unit -> unit.validOn(asOf)).toList();
        for (Unit unit : this.units) {
            byKey.putIfAbsent(NameKey.of(unit.code()), unit);
            byKey.putIfAbsent(NameKey.of(unit.name()), unit);
            unit.aliases().forEach(alias -> byKey.putIfAbsent(NameKey.of(alias), unit));
        }
    }

    public static Roster empty(String departmentCode) {
        return new Roster(departmentCode, List.of(), LocalDate.MIN);
    }

    public String departmentCode() {
        return departmentCode;
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> unit(String name) {
        String key = NameKey.of(name);
        Unit unit = byKey.get(key);
        if (unit == null) {
            unit = byKey.get(NameKey.of(name.replaceAll("\\([^)]*\\)", " ")));
        }
        return Optional.ofNullable(unit);
    }

    public boolean knowsCode(String code) {
        return units.stream().anyMatch(unit -> unit.code().equals(code));
    }

    /** One name as written in a cell: a unit, a group, a phrase for the office to designate, or unknown. */
    public NameResolution resolve(String name) {
        String key = NameKey.of(name);
        Optional<Unit> unit = unit(name);
        if (unit.isPresent()) {
            return new NameResolution(NameResolution.Kind.UNIT, name, List.of(unit.get().code()));
        }
        Optional<GroupExpression> group = GroupExpression.of(name);
        if (group.isPresent()) {
            List<String> members = units.stream().filter(group.get()::includes).map(Unit::code).toList();
            return new NameResolution(NameResolution.Kind.GROUP, name, members);
        }
        if (DESIGNATION.matcher(key).matches() || GROUP_LIKE.matcher(key).matches()) {
            return new NameResolution(NameResolution.Kind.NEEDS_DESIGNATION, name, List.of());
        }
        return new NameResolution(NameResolution.Kind.UNKNOWN, name, List.of());
    }
}
