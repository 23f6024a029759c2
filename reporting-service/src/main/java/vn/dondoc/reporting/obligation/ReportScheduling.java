package vn.dondoc.reporting.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.calendar.ReportingPeriod;
import vn.dondoc.reporting.calendar.ScheduledReport;
import vn.dondoc.reporting.obligation.ReportReminder.ReminderKind;

/**
 * Makes a unit with assignments owe reports: registers it for the reminders and announces
 * ({@code OWED}) the report of the default regime's period whose cut-off comes first; on a tie
 * (Q4 and the year both end 14/12) the shorter period.
 */
@Service
public class ReportScheduling {

    private final MongoOperations mongo;
    private final ReportingCalendar calendar;
    private final Clock clock;

    ReportScheduling(MongoOperations mongo, ReportingCalendar calendar, Clock clock) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** {@code true} when the unit did not owe this period's report yet. */
    public boolean scheduleFor(String unitCode, String departmentCode) {
        InsertOnce.insert(mongo, new ReportingUnit(unitCode, departmentCode));
        LocalDate today = LocalDate.now(clock);
        Regime regime = calendar.defaultRegime();
        Optional<ReportingPeriod> current = calendar.openPeriods(regime, today).stream().findFirst();
        if (current.isEmpty()) {
            return false;
        }
        ScheduledReport report = report(regime, current.get());
        return InsertOnce.insert(mongo, ReportDueEvents.obligation(unitCode, departmentCode, report,
                ReportDueEvents.pending(unitCode, departmentCode, report, ReminderKind.OWED, clock.instant())));
    }

    private ScheduledReport report(Regime regime, ReportingPeriod period) {
        List<ScheduledReport> reports = calendar.reportsOf(regime, period.year(), ReportLevel.UNIT_TO_OFFICE);
        return reports.stream().filter(report -> report.period().equals(period)).findFirst().orElseThrow();
    }
}
