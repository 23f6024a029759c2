package vn.dondoc.reporting.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.RegimeSelection;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.calendar.ReportingProperties;
import vn.dondoc.reporting.calendar.ScheduledReport;
import vn.dondoc.reporting.obligation.ReportReminder.ReminderKind;

/**
 * One scheduler run: every known unit (level {@code UNIT_TO_OFFICE}, under the regimes of its
 * plans) and every department's office ({@code OFFICE_TO_PROVINCE}, under its units' regimes) gets
 * its {@code LEAD_TIME} reminder from the lead time before the deadline until the deadline, and its {@code DEADLINE} reminder from the deadline for the
 * catch-up period. Each reminder is a document with a deterministic id holding its event, so
 * however many runs or instances there are, each is published once.
 */
@Service
public class ReportReminders {

    private final MongoOperations mongo;
    private final ReportingCalendar calendar;
    private final RegimeSelection selection;
    private final ReportingProperties properties;
    private final Clock clock;

    ReportReminders(MongoOperations mongo, ReportingCalendar calendar, RegimeSelection selection,
            ReportingProperties properties, Clock clock) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.selection = selection;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs for today in the clock's zone; returns how many reminders this run raised. */
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<String, Map<String, Regime>> byUnit = regimesByUnit();
        Map<String, Map<String, Regime>> byDepartment = new TreeMap<>();
        int raised = 0;
        for (ReportingUnit unit : mongo.findAll(ReportingUnit.class)) {
            Map<String, Regime> regimes = byUnit.getOrDefault(unit.unitCode(),
                    byCode(List.of(selection.departmentDefault(unit.departmentCode()))));
            raised += remind(unit.unitCode(), unit.departmentCode(), regimes, ReportLevel.UNIT_TO_OFFICE, today, now);
            if (unit.departmentCode() != null) {
                byDepartment.computeIfAbsent(unit.departmentCode(), department -> new TreeMap<>()).putAll(regimes);
            }
        }
        for (Map.Entry<String, Map<String, Regime>> department : byDepartment.entrySet()) {
            raised += remind(properties.officeUnitCode().formatted(department.getKey()), department.getKey(),
                    department.getValue(), ReportLevel.OFFICE_TO_PROVINCE, today, now);
        }
        return raised;
    }

    /** The regimes of every unit's plans, by unit code, then regime code. */
    private Map<String, Map<String, Regime>> regimesByUnit() {
        Map<String, Map<String, Regime>> byUnit = new HashMap<>();
        for (UnitPlan link : mongo.findAll(UnitPlan.class)) {
            link.regimes().stream().map(calendar::regime).flatMap(Optional::stream).forEach(regime ->
                    byUnit.computeIfAbsent(link.unitCode(), unit -> new TreeMap<>()).put(regime.code(), regime));
        }
        return byUnit;
    }

    private static Map<String, Regime> byCode(List<Regime> regimes) {
        Map<String, Regime> byCode = new TreeMap<>();
        regimes.forEach(regime -> byCode.put(regime.code(), regime));
        return byCode;
    }

    /**
     * The reports of the unit's regimes, and the ones it was told it owes under a regime it no longer
     * reports under (the default, before its plan was known): an announced report keeps its reminders.
     */
    private int remind(String unitCode, String departmentCode, Map<String, Regime> regimes, ReportLevel level,
            LocalDate today, Instant now) {
        Map<String, ScheduledReport> reports = new LinkedHashMap<>();
        for (Regime regime : regimes.values()) {
            for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
                calendar.reportsOf(regime, year, level).forEach(report ->
                        reports.putIfAbsent(ReportDueEvents.obligationId(unitCode, report), report));
            }
        }
        mongo.find(Query.query(Criteria.where("unitCode").is(unitCode).and("level").is(level)), ReportObligation.class)
                .forEach(owed -> announced(owed).ifPresent(report -> reports.putIfAbsent(owed.id(), report)));
        int raised = 0;
        for (ScheduledReport report : reports.values()) {
            LocalDate due = report.dueDate();
            LocalDate lead = due.minus(properties.reminders().leadTime());
            if (!today.isBefore(lead) && today.isBefore(due)) {
                raised += raise(unitCode, departmentCode, report, ReminderKind.LEAD_TIME, lead, now);
            }
            if (!today.isBefore(due) && !today.isAfter(due.plus(properties.reminders().catchUp()))) {
                raised += raise(unitCode, departmentCode, report, ReminderKind.DEADLINE, due, now);
            }
        }
        return raised;
    }

    private Optional<ScheduledReport> announced(ReportObligation owed) {
        return calendar.regime(owed.regime()).flatMap(regime -> calendar.period(regime, owed.periodKey())
                .map(period -> new ScheduledReport(regime, period, owed.level(), owed.dueDate())));
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
