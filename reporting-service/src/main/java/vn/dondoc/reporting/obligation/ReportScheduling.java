package vn.dondoc.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.eventing.KnownInserts;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.RegimeSelection;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.calendar.ScheduledReport;
import vn.dondoc.reporting.obligation.ReportReminder.ReminderKind;
import vn.dondoc.vocabulary.Coverage;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * Makes a unit with assignments owe reports under the regimes of the plan it works on: registers
 * it for the reminders and announces ({@code OWED}) the report of each regime's period whose cut-off
 * comes first; on a tie (Q4 and the year both end 14/12) the shorter period. A plan not known yet
 * ({@code task-assigned} overtook {@code plan-issued}) counts under the department's default regime
 * until it arrives; the obligations announced meanwhile stay.
 */
@Service
public class ReportScheduling {

    /** Units, unit–plan links and obligations seen stored: most events repeat them. */
    private final KnownInserts known = new KnownInserts(100_000);
    /** Plans whose regimes are stored (they never change once stored). */
    private final Map<String, PlanRegimes> knownPlans = new ConcurrentHashMap<>();
    private final MongoOperations mongo;
    private final PlanCoverages coverages;
    private final ReportingCalendar calendar;
    private final RegimeSelection selection;
    private final Clock clock;

    ReportScheduling(MongoOperations mongo, PlanCoverages coverages, ReportingCalendar calendar,
            RegimeSelection selection, Clock clock) {
        this.mongo = mongo;
        this.coverages = coverages;
        this.calendar = calendar;
        this.selection = selection;
        this.clock = clock;
    }

    /** Without a plan: the department's default regime. {@code true} when the unit did not owe this period's report yet. */
    public boolean scheduleFor(String unitCode, String departmentCode) {
        return scheduleFor(unitCode, departmentCode, null);
    }

    /** A unit with work under a plan ({@code planId} {@code null}: none named). */
    public record UnitWork(String unitCode, String departmentCode, String planId) {
    }

    /**
     * {@link #scheduleFor(String, String, String)} for a poll's units and plans: the units and the
     * links to known plans not stored yet in one bulk insert each, instead of one insert per pair.
     */
    public void scheduleAll(List<UnitWork> work) {
        Map<String, Supplier<? extends ReportingUnit>> units = new LinkedHashMap<>();
        Map<String, Supplier<? extends UnitPlan>> links = new LinkedHashMap<>();
        for (UnitWork one : work) {
            units.putIfAbsent("unit:" + one.unitCode(), () -> new ReportingUnit(one.unitCode(), one.departmentCode()));
            PlanRegimes plan = one.planId() == null ? null : knownPlan(one.planId());
            if (plan != null) {
                String linkId = UnitPlan.idOf(one.unitCode(), one.planId());
                links.putIfAbsent("link:" + linkId, () -> new UnitPlan(linkId, one.unitCode(), one.departmentCode(),
                        one.planId(), plan.regimes(), false));
            }
        }
        known.insertAll(mongo, ReportingUnit.class, units);
        known.insertAll(mongo, UnitPlan.class, links);
        // what is left per pair: a link to a plan not known yet, and the reports owed
        work.forEach(one -> scheduleFor(one.unitCode(), one.departmentCode(), one.planId()));
    }

    /** {@code true} when the unit did not owe a current period's report of the plan's regimes yet. */
    public boolean scheduleFor(String unitCode, String departmentCode, String planId) {
        known.insert(mongo, "unit:" + unitCode, () -> new ReportingUnit(unitCode, departmentCode));
        if (planId == null) {
            return owe(unitCode, departmentCode, List.of(selection.departmentDefault(departmentCode).code()));
        }
        PlanRegimes plan = knownPlan(planId);
        String linkId = UnitPlan.idOf(unitCode, planId);
        if (plan != null) {
            // the plan's regimes are final: a link stored provisionally earlier was moved onto them
            known.insert(mongo, "link:" + linkId, () -> new UnitPlan(linkId, unitCode, departmentCode, planId,
                    plan.regimes(), false));
            return owe(unitCode, departmentCode, plan.regimes(), coverageOf(planId));
        }
        InsertOnce.insert(mongo, new UnitPlan(linkId, unitCode, departmentCode, planId,
                List.of(selection.departmentDefault(departmentCode).code()), true));
        // plan-issued may have been applied between the read and the insert: it then missed this link
        Optional.ofNullable(mongo.findById(planId, PlanRegimes.class)).ifPresent(this::applyTo);
        return owe(unitCode, departmentCode, mongo.findById(linkId, UnitPlan.class).regimes());
    }

    /**
     * {@code plan-issued}: keeps the regimes the plan's requirement selects, moves the units that got
     * work before the plan was known onto them, and makes every unit of the plan owe their current
     * periods. Idempotent: a redelivery changes nothing.
     */
    public PlanRegimes planIssued(String planId, String departmentCode, String reportingText,
            List<String> reportingPeriods, String eventId) {
        List<String> regimes = selection.forPlan(departmentCode, reportingText, reportingPeriods).stream()
                .map(Regime::code).toList();
        InsertOnce.insert(mongo, new PlanRegimes(planId, departmentCode, reportingText, reportingPeriods, regimes,
                eventId));
        PlanRegimes plan = mongo.findById(planId, PlanRegimes.class);
        applyTo(plan);
        return plan;
    }

    private void applyTo(PlanRegimes plan) {
        mongo.updateMulti(query(where("planId").is(plan.planId()).and("provisional").is(true)),
                new Update().set("regimes", plan.regimes()).set("provisional", false), UnitPlan.class);
        for (UnitPlan link : mongo.find(query(where("planId").is(plan.planId())), UnitPlan.class)) {
            owe(link.unitCode(), link.departmentCode(), plan.regimes(), coverageOf(plan.planId()));
        }
    }

    private boolean owe(String unitCode, String departmentCode, List<String> regimeCodes) {
        return owe(unitCode, departmentCode, regimeCodes, new Coverage(null, null));
    }

    /** The plan's coverage from {@code plan-issued}; unknown: every period. */
    private Coverage coverageOf(String planId) {
        return coverages.of(planId).map(known -> new Coverage(known.coverageStart(), known.coverageEnd()))
                .orElseGet(() -> new Coverage(null, null));
    }

    /** Announces the current period's report of each regime, when the plan's coverage holds its cut-off. */
    private boolean owe(String unitCode, String departmentCode, List<String> regimeCodes, Coverage coverage) {
        LocalDate today = LocalDate.now(clock);
        boolean owed = false;
        for (String code : regimeCodes) {
            Optional<Regime> regime = calendar.regime(code);
            Optional<ReportingPeriod> current = regime.flatMap(r -> calendar.openPeriods(r, today).stream().findFirst());
            if (current.isPresent() && coverage.holdsCutOffOf(current.get())) {
                ScheduledReport report = report(regime.get(), current.get());
                owed |= known.insert(mongo, "obligation:" + ReportDueEvents.obligationId(unitCode, report),
                        () -> ReportDueEvents.obligation(unitCode, departmentCode, report, ReportDueEvents.pending(
                                unitCode, departmentCode, report, ReminderKind.OWED, clock.instant())));
            }
        }
        return owed;
    }

    /** The regimes {@code plan-issued} stored for the plan (remembered: they never change), {@code null} while unknown. */
    public PlanRegimes knownPlan(String planId) {
        PlanRegimes plan = knownPlans.get(planId);
        if (plan == null) {
            plan = mongo.findById(planId, PlanRegimes.class);
            if (plan != null && knownPlans.size() < 10_000) {
                knownPlans.put(planId, plan);
            }
        }
        return plan;
    }

    private ScheduledReport report(Regime regime, ReportingPeriod period) {
        List<ScheduledReport> reports = calendar.reportsOf(regime, period.year(), ReportLevel.UNIT_TO_OFFICE);
        return reports.stream().filter(report -> report.period().equals(period)).findFirst().orElseThrow();
    }
}
