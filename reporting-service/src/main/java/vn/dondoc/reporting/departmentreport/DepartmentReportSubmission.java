package vn.dondoc.reporting.departmentreport;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.departmentreport.DepartmentReportRejected.Reason;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * The office submits the department report of a period to UBND tỉnh, after the cut-off and once:
 * the report is frozen as it stands (each unit's submitted or frozen figures) and published as
 * {@code department-report-submitted} in the same document write; on time by the office's deadline.
 */
@Service
public class DepartmentReportSubmission {

    private static final DateTimeFormatter VN_DATE = DisplayDates.DAY;

    private final MongoOperations mongo;
    private final DepartmentReports reports;
    private final ReportingCalendar calendar;
    private final Clock clock;

    DepartmentReportSubmission(MongoOperations mongo, DepartmentReports reports, ReportingCalendar calendar,
            Clock clock) {
        this.mongo = mongo;
        this.reports = reports;
        this.calendar = calendar;
        this.clock = clock;
    }

    public SubmittedDepartmentReport submit(String departmentCode, Regime regime, ReportingPeriod period,
            String submittedBy) {
        LocalDate today = LocalDate.now(clock);
        String id = SubmittedDepartmentReport.idOf(departmentCode, regime.code(), period.key());
        if (!today.isAfter(period.cutOff())) {
            throw new DepartmentReportRejected(Reason.BEFORE_CUT_OFF, "Kỳ " + period.label() + " chốt số liệu ngày "
                    + VN_DATE.format(period.cutOff()) + "; báo cáo của Sở nộp từ ngày "
                    + VN_DATE.format(period.cutOff().plusDays(1)) + ".");
        }
        if (mongo.exists(query(where("_id").is(id)), SubmittedDepartmentReport.class)) {
            throw alreadySubmitted(departmentCode, period);
        }
        DepartmentReport report = reports.of(departmentCode, regime, period).orElseThrow(() ->
                new DepartmentReportRejected(Reason.UNKNOWN_DEPARTMENT, "Sở '" + departmentCode
                        + "' chưa có đơn vị nào được giao nhiệm vụ."));
        LocalDate due = regime.deadline(ReportLevel.OFFICE_TO_PROVINCE).dueFor(period, calendar.workingDays());
        Instant now = clock.instant();
        boolean onTime = !today.isAfter(due);
        SubmittedDepartmentReport submission = new SubmittedDepartmentReport(id, departmentCode, regime.code(),
                period.key(), period.label(), due, now, today, onTime, submittedBy, report,
                List.of(Outbox.pending(departmentCode, id, DepartmentReportEvents.submitted(id, report, period, due,
                        today, onTime, submittedBy, now))));
        if (!InsertOnce.insert(mongo, submission)) {
            throw alreadySubmitted(departmentCode, period);
        }
        return submission;
    }

    private static DepartmentReportRejected alreadySubmitted(String departmentCode, ReportingPeriod period) {
        return new DepartmentReportRejected(Reason.ALREADY_SUBMITTED, "Sở '" + departmentCode
                + "' đã nộp báo cáo kỳ " + period.label() + " cho UBND tỉnh; báo cáo đã nộp không thay đổi được.");
    }
}
