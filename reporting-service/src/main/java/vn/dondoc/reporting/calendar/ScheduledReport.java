package vn.dondoc.reporting.calendar;

import vn.dondoc.vocabulary.ReportingPeriod;
import java.time.LocalDate;
import vn.dondoc.contracts.ReportDue.ReportLevel;

/** One report of a regime: its period, the level it goes to, and its deadline. */
public record ScheduledReport(Regime regime, ReportingPeriod period, ReportLevel level,
        LocalDate dueDate) {

    public LocalDate cutOff() {
        return period.cutOff();
    }
}
