package vn.dondoc.reporting.obligation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.eventing.PendingEvent;

/**
 * One reminder of one obligation ({@code LEAD_TIME} or {@code DEADLINE}), inserted once with its
 * {@code report-due} event: id {@code <obligation id>:<kind>}, so a second run, a restarted
 * instance or a second instance finds it stored and publishes nothing.
 */
@Document("report_reminders")
public record ReportReminder(
        @Id String id,
        String reportId,
        String unitCode,
        String periodKey,
        String periodLabel,
        ReportDue.ReportLevel level,
        ReminderKind kind,
        LocalDate remindOn,
        LocalDate dueDate,
        List<PendingEvent> pendingEvents) {

    public ReportReminder {
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }

    /** Why a {@code report-due} was sent. */
    public enum ReminderKind {
        /** The unit got work and now owes the current period's report. */
        OWED,
        /** The configured lead time before the deadline. */
        LEAD_TIME,
        /** The deadline day. */
        DEADLINE
    }
}
