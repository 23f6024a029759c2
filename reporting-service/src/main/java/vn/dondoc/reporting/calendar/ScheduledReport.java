package vn.dondoc.reporting.calendar;

import java.time.LocalDate;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.vocabulary.ReportingPeriod;

/** One report of a regime: its period, the level it goes to, and its deadline. */
public record ScheduledReport(Regime regime, ReportingPeriod period, ReportLevel level,
        LocalDate dueDate) {

    public LocalDate cutOff() {
        return period.cutOff();
    }
}
