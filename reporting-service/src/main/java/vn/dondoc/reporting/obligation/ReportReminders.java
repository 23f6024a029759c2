package vn.dondoc.reporting.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.calendar.ReportingProperties;
import vn.dondoc.reporting.calendar.ScheduledReport;
import vn.dondoc.reporting.obligation.ReportReminder.ReminderKind;

/**
 * One scheduler run: every known unit (level {@code UNIT_TO_OFFICE}) and every department's office
 * ({@code OFFICE_TO_PROVINCE}) gets its {@code LEAD_TIME} reminder from the lead time before the
 * deadline until the deadline, and its {@code DEADLINE} reminder from the deadline for the
 * catch-up period. Each reminder is a document with a deterministic id holding its event, so
 * however many runs or instances there are, each is published once.
 */
@Service
public class ReportReminders {

    private final MongoOperations mongo;
    private final ReportingCalendar calendar;
    private final ReportingProperties properties;
    private final Clock clock;

    ReportReminders(MongoOperations mongo, ReportingCalendar calendar, ReportingProperties properties,
            Clock clock) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs for today in the clock's zone; returns how many reminders this run raised. */
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Regime regime = calendar.defaultRegime();
        List<ReportingUnit> units = mongo.findAll(ReportingUnit.class);
        Set<String> departments = new LinkedHashSet<>();
        int raised = 0;
        for (ReportingUnit unit : units) {
            raised += remind(unit.unitCode(), unit.departmentCode(), regime, ReportLevel.UNIT_TO_OFFICE,
                    today, now);
            if (unit.departmentCode() != null) {
                departments.add(unit.departmentCode());
            }
        }
        for (String department : departments) {
            raised += remind(properties.officeUnitCode().formatted(department), department, regime,
                    ReportLevel.OFFICE_TO_PROVINCE, today, now);
        }
        return raised;
    }

    private int remind(String unitCode, String departmentCode, Regime regime, ReportLevel level,
            LocalDate today, Instant now) {
        int raised = 0;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            for (ScheduledReport report : calendar.reportsOf(regime, year, level)) {
                LocalDate due = report.dueDate();
                LocalDate lead = due.minus(properties.reminders().leadTime());
                if (!today.isBefore(lead) && today.isBefore(due)) {
                    raised += raise(unitCode, departmentCode, report, ReminderKind.LEAD_TIME, lead, now);
                }
                if (!today.isBefore(due) && !today.isAfter(due.plus(properties.reminders().catchUp()))) {
                    raised += raise(unitCode, departmentCode, report, ReminderKind.DEADLINE, due, now);
                }
            }
        }
        return raised;
    }

    private int raise(String unitCode, String departmentCode, ScheduledReport report, ReminderKind kind,
            LocalDate remindOn, Instant now) {
        InsertOnce.insert(mongo, ReportDueEvents.obligation(unitCode, departmentCode, report, List.of()));
        String reportId = ReportDueEvents.obligationId(unitCode, report);
        ReportReminder reminder = new ReportReminder(reportId + ":" + kind, reportId, unitCode,
                report.period().key(), report.period().label(), report.level(), kind, remindOn,
                report.dueDate(), ReportDueEvents.pending(unitCode, departmentCode, report, kind, now));
        return InsertOnce.insert(mongo, reminder) ? 1 : 0;
    }
}
