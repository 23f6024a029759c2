package vn.dondoc.reporting.assignmentstatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.RegimeSelection;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.obligation.PlanRegimes;
import vn.dondoc.security.Caller;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * The reporting period an assignment's column is taken in on a day: of the regimes its plan's
 * requirement selected (the department's default while the plan is not known), the open period with
 * the earliest cut-off, the shortest first — the report the unit owes next. Remembers each plan's
 * answer for the one day it was made for.
 */
final class CurrentPeriods {

    private final Function<String, PlanRegimes> plans;
    private final ReportingCalendar calendar;
    private final RegimeSelection selection;
    private final LocalDate today;
    private final Map<String, ReportingPeriod> byPlan = new HashMap<>();

    /** @param plans the plan's regimes as {@code plan-issued} stored them, {@code null} while unknown */
    CurrentPeriods(Function<String, PlanRegimes> plans, ReportingCalendar calendar, RegimeSelection selection,
            LocalDate today) {
        this.plans = plans;
        this.calendar = calendar;
        this.selection = selection;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    ReportingPeriod of(String planId, String unitCode) {
        String department = Caller.departmentOf(unitCode);
        return byPlan.computeIfAbsent(planId == null ? "department:" + department : planId,
                key -> current(regimesOf(planId, department)));
    }

    private List<Regime> regimesOf(String planId, String department) {
        PlanRegimes plan = planId == null ? null : plans.apply(planId);
        List<Regime> regimes = plan == null ? List.of() : plan.regimes().stream().map(calendar::regime)
                .flatMap(Optional::stream).toList();
        return regimes.isEmpty() ? List.of(selection.departmentDefault(department)) : regimes;
    }

    private ReportingPeriod current(List<Regime> regimes) {
        return regimes.stream().flatMap(regime -> calendar.openPeriods(regime, today).stream())
                .min(Comparator.comparing(ReportingPeriod::cutOff)
                        .thenComparing(ReportingPeriod::windowStart, Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalStateException("no open reporting period on " + today));
    }
}
