package vn.dondoc.reporting.unitreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.reporting.unitfigures.PeriodFigures;

/**
 * A submitted unit report, id {@code unit:regime:periodKey}: inserted once with its
 * {@code unit-report-submitted} event, never changed afterwards.
 */
@Document("unit_reports")
public record UnitReport(
        @Id String id,
        String unitCode,
        String regime,
        String periodKey,
        String periodLabel,
        LocalDate dueDate,
        Instant submittedAt,
        LocalDate submittedOn,
        boolean onTime,
        PeriodFigures figures,
        ReportSections sections,
        List<PendingEvent> pendingEvents) {

    public UnitReport {
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }
}
