package vn.dondoc.plan.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.DisplayDates;

/**
 * A unit of a department with a stable code (e.g. {@code SKHCN.VP}), its Vietnamese name, the
 * other names plans use for it, and the dates between which it exists.
 *
 * @param id         {@code departmentCode + ":" + code}
 * @param attributes flags group expressions select on, e.g. {@value #HANDLES_PROCEDURES}
 * @param successor  code of the unit that took over its work, when it was merged or renamed
 */
@Document("units")
public record Unit(
        @Id String id,
        String departmentCode,
        String code,
        String name,
        List<String> aliases,
        UnitKind kind,
        Set<String> attributes,
        LocalDate validFrom,
        LocalDate validTo,
        String successor) {

    /** The unit handles administrative procedures (có thủ tục hành chính). */
    public static final String HANDLES_PROCEDURES = "handlesAdministrativeProcedures";

    /** An external unit that is a commune, ward or special zone (UBND xã, phường, đặc khu). */
    public static final String COMMUNE = "commune";

    public Unit {
        if (departmentCode == null || departmentCode.isBlank() || code == null || code.isBlank()) {
            throw new IllegalArgumentException("Đơn vị cần mã cơ quan và mã đơn vị");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Đơn vị " + code + " chưa có tên");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Đơn vị " + code + " chưa có loại (kind)");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Đơn vị " + code + ": ngày hết hiệu lực " + DisplayDates.format(validTo)
                    + " trước ngày bắt đầu " + DisplayDates.format(validFrom));
        }
        id = departmentCode + ":" + code;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        attributes = attributes == null ? Set.of() : Set.copyOf(attributes);
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean has(String attribute) {
        return attributes.contains(attribute);
    }
}
