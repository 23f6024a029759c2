package vn.dondoc.plan.directory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.dondoc.web.RequestLimits;

/**
 * Reads a department's units from YAML or JSON (JSON is YAML too):
 * {@code {department: SKHCN, units: [{code, name, aliases, kind, attributes, validFrom, validTo, successor}]}}.
 */
public final class RosterFile {

    private RosterFile() {
    }

    /** The units the file lists; a unit's code is prefixed with the department when it has no prefix. */
    public static List<Unit> read(String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("Tệp danh mục đơn vị không đọc được: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> file) || !(file.get("units") instanceof List<?> units)) {
            throw new IllegalArgumentException("Tệp danh mục đơn vị cần có 'department' và danh sách 'units'");
        }
        String department = text(file.get("department"));
        if (department == null) {
            throw new IllegalArgumentException("Tệp danh mục đơn vị thiếu mã cơ quan 'department'");
        }
        if (units.size() > RequestLimits.ROSTER_UNITS) {
            throw new IllegalArgumentException("Tệp danh mục có " + units.size() + " đơn vị, tối đa "
                    + RequestLimits.ROSTER_UNITS);
        }
        return units.stream().map(entry -> unit(department, entry)).toList();
    }

    private static Unit unit(String department, Object entry) {
        if (!(entry instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException("Mỗi đơn vị phải là một đối tượng có code, name, kind");
        }
        String code = text(fields.get("code"));
        if (code != null && !code.contains(".")) {
            code = department + "." + code;
        }
        String kind = text(fields.get("kind"));
        UnitKind unitKind;
        try {
            unitKind = kind == null ? null : UnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Loại đơn vị không hợp lệ: " + kind);
        }
        return new Unit(null, department, code, text(fields.get("name")), texts(fields.get("aliases")),
                unitKind, Set.copyOf(texts(fields.get("attributes"))), date(fields.get("validFrom")),
                date(fields.get("validTo")), text(fields.get("successor")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static List<String> texts(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(RosterFile::text).collect(Collectors.toList());
        }
        return value == null ? List.of() : List.of(text(value));
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ngày không hợp lệ trong tệp danh mục (cần dạng yyyy-MM-dd): " + value);
        }
    }
}
