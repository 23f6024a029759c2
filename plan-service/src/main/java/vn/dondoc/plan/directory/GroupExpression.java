package vn.dondoc.plan.directory;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The phrases plans use to name several units at once, and which units each one means. Matched
 * on {@link NameKey} form, so case, diacritics and spacing do not matter.
 */
public enum GroupExpression {

    /** "Các phòng, đơn vị thuộc Sở … có thủ tục hành chính / có TTHC / thực hiện giải quyết TTHC". */
    UNITS_WITH_PROCEDURES(
            "(cac )?phong,? (va )?(cac )?(don vi )?(chuyen mon )?((truc )?thuoc so )?"
                    + "(co|thuc hien giai quyet|thuc hien|giai quyet) (thu tuc hanh chinh|tthc)",
            unit -> unit.kind().isSubUnit() && unit.has(Unit.HANDLES_PROCEDURES)),
    /** "Các phòng chuyên môn, Trung tâm trực thuộc Sở". */
    DIVISIONS_AND_CENTRES(
            "(cac )?phong chuyen mon,? (va )?(cac )?trung tam (truc )?thuoc so",
            unit -> unit.kind() == UnitKind.DIVISION || unit.kind() == UnitKind.AFFILIATED_CENTRE),
    /** "Các phòng, đơn vị thuộc Sở": every office, division and centre. */
    ALL_SUB_UNITS(
            "(cac )?phong,? (va )?(cac )?don vi (truc )?thuoc so",
            unit -> unit.kind().isSubUnit()),
    /** "Các phòng thuộc Sở": the divisions. */
    DIVISIONS(
            "(cac )?phong (chuyen mon )?(truc )?thuoc so",
            unit -> unit.kind() == UnitKind.DIVISION),
    /** "Các sở, ban, ngành tỉnh", "Các cơ quan chuyên môn thuộc UBND tỉnh": every department of the province. */
    DEPARTMENTS(
            "(cac )?(so,? (ban,? )?nganh|co quan chuyen mon)( (truc )?thuoc (ubnd|uy ban nhan dan) tinh)?",
            unit -> unit.kind() == UnitKind.DEPARTMENT),
    /** "UBND các xã, phường, đặc khu", "UBND cấp xã": every commune, ward and special zone. */
    COMMUNES(
            "(ubnd|uy ban nhan dan) (cac |cap )?xa(,? (va )?phuong)?(,? (va )?(dac khu|thi tran))?",
            unit -> unit.kind() == UnitKind.EXTERNAL && unit.has(Unit.COMMUNE));

    private final Pattern pattern;
    private final Predicate<Unit> members;

    GroupExpression(String regex, Predicate<Unit> members) {
        this.pattern = Pattern.compile("^" + regex + "( [\\p{L}&]+)?$");
        this.members = members;
    }

    /** Which group the phrase names, if it names one (the department's short name may follow "Sở"). */
    public static Optional<GroupExpression> of(String phrase) {
        String key = NameKey.of(phrase);
        for (GroupExpression group : values()) {
            if (group.pattern.matcher(key).matches()) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    public boolean includes(Unit unit) {
        return members.test(unit);
    }
}
