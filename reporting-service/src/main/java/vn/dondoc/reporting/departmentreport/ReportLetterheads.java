package vn.dondoc.reporting.departmentreport;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.dondoc.unitnames.UnitNames;

/**
 * The heading, recipients and signature block of a department's report: from
 * {@code reporting.department-report}, the department's name falling back to the province-level
 * directory's entry and then to its code.
 */
@Service
@EnableConfigurationProperties(DepartmentReportSettings.class)
public class ReportLetterheads {

    private final DepartmentReportSettings settings;
    private final UnitNames names;

    ReportLetterheads(DepartmentReportSettings settings, UnitNames names) {
        this.settings = settings;
        this.names = names;
    }

    public ReportLetterhead of(String departmentCode) {
        DepartmentReportSettings.Department department = settings.of(departmentCode);
        String name = present(department.name()) ? department.name()
                : names.department(departmentCode).orElse("Sở " + departmentCode);
        String province = settings.province() == null ? "" : settings.province().strip();
        String number = present(department.number()) ? "Số: " + department.number().strip()
                : ReportLetterhead.blankNumber(departmentCode);
        List<String> recipients = department.recipients() == null || department.recipients().isEmpty()
                ? ReportLetterhead.of(departmentCode).recipients() : department.recipients();
        return new ReportLetterhead(province.isEmpty() ? "" : "UBND TỈNH " + ReportLetterhead.upper(province),
                ReportLetterhead.upper(name), number, present(department.place()) ? department.place().strip() : province,
                recipients, text(department.signingAuthority()), text(department.signerTitle()),
                text(department.signerName()));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
