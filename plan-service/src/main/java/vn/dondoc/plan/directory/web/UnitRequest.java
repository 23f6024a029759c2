package vn.dondoc.plan.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dondoc.plan.directory.Unit;
import vn.dondoc.plan.directory.UnitKind;
import vn.dondoc.web.RequestLimits;

/** One unit as the office enters it. */
record UnitRequest(
        @NotBlank(message = "Tên đơn vị không được để trống") @Size(max = RequestLimits.TITLE, message = "Tên đơn vị dài quá {max} ký tự") String name,
        @Size(max = 50, message = "Có quá {max} tên gọi khác")
        List<@Size(max = RequestLimits.TITLE, message = "Tên gọi khác dài quá {max} ký tự") String> aliases,
        @NotNull(message = "Loại đơn vị (kind) không được để trống") UnitKind kind,
        @Size(max = 50, message = "Có quá {max} thuộc tính")
        Set<@Size(max = RequestLimits.CODE, message = "Thuộc tính dài quá {max} ký tự") String> attributes,
        LocalDate validFrom,
        LocalDate validTo,
        @Size(max = RequestLimits.CODE, message = "Mã đơn vị kế thừa dài quá {max} ký tự") String successor) {

    Unit toUnit(String departmentCode, String code) {
        return new Unit(null, departmentCode, code, name.strip(), aliases, kind, attributes, validFrom,
                validTo, successor);
    }
}
