package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A unit of the department's directory (plan-service): code, name, other names, kind, attributes
 * (e.g. {@code handlesAdministrativeProcedures}), the dates it exists between and its successor's code.
 */
public record Unit(String departmentCode, String code, String name, List<String> aliases, String kind,
        Set<String> attributes, LocalDate validFrom, LocalDate validTo, String successor) {

    public Unit {
        aliases = aliases == null ? List.of() : aliases;
        attributes = attributes == null ? Set.of() : attributes;
    }

    public Unit(String departmentCode, String code, String name, List<String> aliases, String kind) {
        this(departmentCode, code, name, aliases, kind, Set.of(), null, null, null);
    }

    /** The code without the department ({@code VP} of {@code SKHCN.VP}). */
    public String shortCode() {
        return code == null ? null : code.substring(code.indexOf('.') + 1);
    }
}
