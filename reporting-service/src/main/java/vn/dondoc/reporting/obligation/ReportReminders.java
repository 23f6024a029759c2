package vn.dondoc.reporting.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.dondoc.vocabulary.Coverage;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * One scheduler run: every known unit (level {@code UNIT_TO_OFFICE}, under the regimes of its
 * plans) and every department's office ({@code OFFICE_TO_PROVINCE}, under its units' regimes) gets
 * its {@code LEAD_TIME} reminder from the lead time before the deadline until the deadline, and its {@code DEADLINE} reminder from the deadline for the
 * catch-up period — for the periods whose cut-off the coverage of one of the unit's plans under that
 * regime holds (never for a year or period the plans do not cover: {@link Covered}). Each reminder is a document with a deterministic id holding its event, so
 * however many runs or instances there are, each is published once.
 */
@Service
public class ReportReminders {

    private final MongoOperations mongo;
    private final ReportingCalendar calendar;
    private final RegimeSelection selection;
    private final ReportingProperties properties;
    private final Clock clock;
    private final PlanCoverages coverages;

    ReportReminders(MongoOperations mongo, ReportingCalendar calendar, RegimeSelection selection,
            ReportingProperties properties, Clock clock, PlanCoverages coverages) {
        this.coverages = coverages;
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
        Map<String, Map<String, Covered>> byUnit = regimesByUnit();
        Map<String, Map<String, Covered>> byDepartment = new TreeMap<>();
        int raised = 0;
        for (ReportingUnit unit : mongo.findAll(ReportingUnit.class)) {
            Map<String, Covered> regimes = byUnit.getOrDefault(unit.unitCode(),
                    byCode(List.of(selection.departmentDefault(unit.departmentCode()))));
            raised += remind(unit.unitCode(), unit.departmentCode(), regimes, ReportLevel.UNIT_TO_OFFICE, today, now);
            if (unit.departmentCode() != null) {
                Map<String, Covered> department = byDepartment.computeIfAbsent(unit.departmentCode(),
                        code -> new TreeMap<>());
                regimes.forEach((code, covered) -> department.merge(code, covered, Covered::and));
            }
        }
        for (Map.Entry<String, Map<String, Covered>> department : byDepartment.entrySet()) {
            raised += remind(properties.officeUnitCode().formatted(department.getKey()), department.getKey(),
                    department.getValue(), ReportLevel.OFFICE_TO_PROVINCE, today, now);
        }
        return raised;
    }

    /**
     * A regime and the coverage of the plans that make a unit report under it: a report is owed only
     * for a period whose cut-off one of them covers ({@link Coverage#holdsCutOffOf}); the department's
     * default regime, or a plan whose coverage is not known yet, covers every period.
     */
    record Covered(Regime regime, List<Coverage> plans) {

        Covered and(Covered other) {
            List<Coverage> both = new ArrayList<>(plans);
            both.addAll(other.plans);
            return new Covered(regime, both);
        }

        boolean owes(ReportingPeriod period) {
            return plans.stream().anyMatch(plan -> plan.holdsCutOffOf(period));
        }
    }

    /** The regimes of every unit's plans with those plans' coverage, by unit code, then regime code. */
    private Map<String, Map<String, Covered>> regimesByUnit() {
        List<UnitPlan> links = mongo.findAll(UnitPlan.class);
        Map<String, PlanCoverage> coverage = coverages.of(links.stream().map(UnitPlan::planId).distinct().toList());
        Map<String, Map<String, Covered>> byUnit = new HashMap<>();
        for (UnitPlan link : links) {
            PlanCoverage known = coverage.get(link.planId());
            Coverage plan = known == null ? new Coverage(null, null)
                    : new Coverage(known.coverageStart(), known.coverageEnd());
            link.regimes().stream().map(calendar::regime).flatMap(Optional::stream).forEach(regime ->
                    byUnit.computeIfAbsent(link.unitCode(), unit -> new TreeMap<>())
                            .merge(regime.code(), new Covered(regime, List.of(plan)), Covered::and));
        }
        return byUnit;
    }

    private static Map<String, Covered> byCode(List<Regime> regimes) {
        Map<String, Covered> byCode = new TreeMap<>();
        regimes.forEach(regime -> byCode.put(regime.code(), new Covered(regime, List.of(new Coverage(null, null)))));
        return byCode;
    }

    /**
     * The reports of the unit's regimes, and the ones it was told it owes under a regime it no longer
     * reports under (the default, before its plan was known): an announced report keeps its reminders.
     */
    private int remind(String unitCode, String departmentCode, Map<String, Covered> regimes, ReportLevel level,
            LocalDate today, Instant now) {
        Map<String, ScheduledReport> reports = new LinkedHashMap<>();
        for (Covered covered : regimes.values()) {
            for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
                calendar.reportsOf(covered.regime(), year, level).stream()
                        .filter(report -> covered.owes(report.period()))
                        .forEach(report -> reports.putIfAbsent(ReportDueEvents.obligationId(unitCode, report), report));
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
