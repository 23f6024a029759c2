package vn.dondoc.reporting.departmentreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.eventing.PendingEvent;

/**
 * The department report the office sent to UBND tỉnh, id {@code department:regime:periodKey}: the
 * report as it stood at submission (frozen), inserted once with its {@code department-report-submitted}
 * event and never changed afterwards.
 *
 * @param dueDate the office's deadline to UBND tỉnh; {@code onTime} when submitted by it
 */
@Document("department_reports")
public record SubmittedDepartmentReport(
        @Id String id,
        String departmentCode,
        String regime,
        String periodKey,
        String periodLabel,
        LocalDate dueDate,
        Instant submittedAt,
        LocalDate submittedOn,
        boolean onTime,
        String submittedBy,
        DepartmentReport report,
        List<PendingEvent> pendingEvents) {

    public SubmittedDepartmentReport {
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }

    public static String idOf(String departmentCode, String regime, String periodKey) {
        return departmentCode + ":" + regime + ":" + periodKey;
    }
}
