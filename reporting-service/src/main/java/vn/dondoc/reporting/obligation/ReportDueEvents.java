package vn.dondoc.reporting.obligation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.reporting.calendar.ScheduledReport;
import vn.dondoc.reporting.obligation.ReportReminder.ReminderKind;

/** Builds the {@code report-due} of a scheduled report, with an event id derived from what it is about. */
final class ReportDueEvents {

    private ReportDueEvents() {
    }

    static String obligationId(String unitCode, ScheduledReport report) {
        return ReportObligation.idOf(unitCode, report.period().key(), report.level());
    }

    /** The obligation's {@code OWED} event keeps the id {@code report-due:<obligation id>} of the first version. */
    static List<PendingEvent> pending(String unitCode, String departmentCode, ScheduledReport report,
            ReminderKind kind, Instant now) {
        String reportId = obligationId(unitCode, report);
        String cause = kind == ReminderKind.OWED ? reportId : reportId + ":" + kind;
        String eventId = UUID.nameUUIDFromBytes(("report-due:" + cause).getBytes(StandardCharsets.UTF_8))
                .toString();
        ReportDue event = new ReportDue(eventId, now, reportId, unitCode, report.period().type().name(),
                report.period().label(), report.period().windowStart(), report.period().windowEnd(),
                report.dueDate(), report.level(), report.regime().code(), kind.name(), departmentCode);
        return List.of(Outbox.pending(unitCode, reportId, event));
    }

    static ReportObligation obligation(String unitCode, String departmentCode, ScheduledReport report,
            List<PendingEvent> pending) {
        return new ReportObligation(obligationId(unitCode, report), unitCode, report.period().key(),
                report.period().label(), report.period().windowStart(), report.period().windowEnd(),
                report.dueDate(), report.level(), pending, departmentCode, report.regime().code(),
                report.period().type().name());
    }
}
