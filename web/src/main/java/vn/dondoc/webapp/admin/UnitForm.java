package vn.dondoc.webapp.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.webapp.services.Unit;

/**
 * The unit form as the office typed it (every field a string, so a refused value is shown again as
 * typed), and the body of plan-service's {@code PUT /departments/{d}/units/{code}} made from it.
 */
public record UnitForm(String code, String name, String aliases, String kind, List<String> attributes, String validFrom,
        String validTo, String successor) {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Attributes the form offers as check boxes, with their Vietnamese labels. */
    static final Map<String, String> KNOWN_ATTRIBUTES = new LinkedHashMap<>();

    static {
        KNOWN_ATTRIBUTES.put("handlesAdministrativeProcedures", "Có thủ tục hành chính");
        KNOWN_ATTRIBUTES.put("commune", "Là UBND xã, phường, đặc khu");
    }

    public UnitForm {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name;
        aliases = aliases == null ? "" : aliases;
        kind = kind == null ? "" : kind;
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        validFrom = validFrom == null ? "" : validFrom.strip();
        validTo = validTo == null ? "" : validTo.strip();
        successor = successor == null ? "" : successor.strip();
    }

    static UnitForm empty() {
        return new UnitForm("", "", "", "DIVISION", List.of(), "", "", "");
    }

    static UnitForm of(Unit unit) {
        return new UnitForm(unit.code(), unit.name(), String.join("\n", unit.aliases()), unit.kind(),
                List.copyOf(unit.attributes()), unit.validFrom() == null ? "" : unit.validFrom().toString(),
                unit.validTo() == null ? "" : unit.validTo().toString(), unit.successor() == null ? "" : unit.successor());
    }

    /** The full code: a short code typed on the add form ({@code TTHC}) gets the department ({@code SDTTG.TTHC}). */
    String fullCode(String department) {
        String upper = code.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith(department + ".") ? upper : department + "." + upper;
    }

    /** A yyyy-MM-dd value as people read it (dd/MM/yyyy), whatever format the browser's date input shows. */
    public String day(String iso) {
        try {
            return iso == null || iso.isEmpty() ? "" : LocalDate.parse(iso).format(DAY);
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    public boolean has(String attribute) {
        return attributes.contains(attribute);
    }

    /** What the web itself can tell before asking plan-service (dates it cannot read, a period that ends first). */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(validFrom, "validFrom", "Ngày bắt đầu hiệu lực không hợp lệ", errors);
        LocalDate to = date(validTo, "validTo", "Ngày hết hiệu lực không hợp lệ", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("validTo", "Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi");
        }
        return errors;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name.strip());
        body.put("aliases", Arrays.stream(aliases.split("\\R")).map(String::strip).filter(alias -> !alias.isEmpty())
                .distinct().toList());
        body.put("kind", kind.isBlank() ? null : kind);
        Set<String> chosen = new LinkedHashSet<>(attributes);
        chosen.removeIf(String::isBlank);
        body.put("attributes", chosen);
        body.put("validFrom", validFrom.isEmpty() ? null : validFrom);
        body.put("validTo", validTo.isEmpty() ? null : validTo);
        body.put("successor", successor.isEmpty() ? null : successor);
        return body;
    }

    private static LocalDate date(String text, String field, String message, Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, message + ": " + text);
            return null;
        }
    }
}
