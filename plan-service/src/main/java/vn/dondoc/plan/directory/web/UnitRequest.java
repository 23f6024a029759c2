package vn.dondoc.plan.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dondoc.plan.directory.Unit;
import vn.dondoc.plan.directory.UnitKind;

/** One unit as the office enters it. */
record UnitRequest(
        @NotBlank(message = "Tên đơn vị không được để trống") String name,
        List<String> aliases,
        @NotNull(message = "Loại đơn vị (kind) không được để trống") UnitKind kind,
        Set<String> attributes,
        LocalDate validFrom,
        LocalDate validTo,
        String successor) {

    Unit toUnit(String departmentCode, String code) {
        return new Unit(null, departmentCode, code, name.strip(), aliases, kind, attributes, validFrom,
                validTo, successor);
    }
}
