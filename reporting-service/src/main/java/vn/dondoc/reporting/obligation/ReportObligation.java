package vn.dondoc.reporting.obligation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.eventing.PendingEvent;

/**
 * A report a unit owes for one period at one level. Its id is unit, period and level, so the
 * obligation, and its {@code report-due} event, exist once however often it is scheduled.
 */
@Document("report_obligations")
@CompoundIndex(name = "unit_due", def = "{'unitCode': 1, 'dueDate': 1, '_id': 1}") // a unit's reports due, a page at a time
public record ReportObligation(
        @Id String id,
        String unitCode,
        String periodKey,
        String periodLabel,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate dueDate,
        ReportDue.ReportLevel level,
        List<PendingEvent> pendingEvents,
        String departmentCode,
        String regime,
        String periodType) {

    public ReportObligation {
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }

    public static String idOf(String unitCode, String periodKey, ReportDue.ReportLevel level) {
        return unitCode + ":" + periodKey + ":" + level;
    }
}
