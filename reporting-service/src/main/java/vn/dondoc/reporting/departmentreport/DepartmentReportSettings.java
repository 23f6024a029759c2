package vn.dondoc.reporting.departmentreport;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reporting.department-report}: what the department report prints around the
 * figures (Nghị định 30/2020/NĐ-CP).
 *
 * @param province    the province's name ("Thái Nguyên"): "UBND TỈNH THÁI NGUYÊN", and the place of the date line
 * @param departments per department code; a department not listed gets its name from the directory
 */
@ConfigurationProperties("reporting.department-report")
public record DepartmentReportSettings(@DefaultValue("") String province, Map<String, Department> departments) {

    public DepartmentReportSettings {
        departments = departments == null ? Map.of() : Map.copyOf(departments);
    }

    public Department of(String departmentCode) {
        return departments.getOrDefault(departmentCode, new Department(null, null, null, null, null, null, null));
    }

    /**
     * One department's document.
     *
     * @param name             full name ("Sở Khoa học và Công nghệ"); empty: the directory's
     * @param place            the date line's place; empty: the province
     * @param number           the report's number; empty: left blank for the clerk ("Số:      /BC-SKHCN")
     * @param recipients       "Nơi nhận", one line each ("Văn phòng UBND tỉnh;")
     * @param signingAuthority "KT. GIÁM ĐỐC" when a deputy signs; empty when the director does
     * @param signerTitle      "PHÓ GIÁM ĐỐC"
     * @param signerName       the signer's name, under the space for the signature
     */
    public record Department(String name, String place, String number, List<String> recipients,
            String signingAuthority, String signerTitle, String signerName) {
    }
}
