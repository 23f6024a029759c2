package vn.dondoc.reporting.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.calendar.DeadlineRule;

/**
 * Settings under {@code reporting}: the regimes and the reminders. The holiday calendar and the units'
 * deadline are the {@code DeadlineCalendar} both services share (reporting-vocabulary, ADR 0007).
 *
 * @param defaultRegime  code of the regime a unit reports under when nothing selects another
 * @param officeUnitCode format of the office's unit code from the department code ({@code %s.VP})
 * @param departmentRegimes regime code per department code, for plans that state no reporting
 *                          requirement; departments not listed use {@code defaultRegime}
 */
@ConfigurationProperties("reporting")
public record ReportingProperties(
        @DefaultValue("quy-nam") String defaultRegime,
        @DefaultValue("%s.VP") String officeUnitCode,
        Map<String, RegimeSettings> regimes,
        Map<Integer, YearCalendar> holidays,
        @DefaultValue Reminders reminders,
        Map<String, String> departmentRegimes) {

    /**
     * One regime: {@code name} is the plan's phrase, {@code deadlines} the office's rule
     * ({@code OFFICE_TO_PROVINCE}); the units' rule is the shared one, and may only be repeated here.
     */
    public record RegimeSettings(String name, List<PeriodType> periods,
            @DefaultValue("false") boolean cumulative, Map<ReportLevel, DeadlineRule> deadlines) {
    }

    /** Gone: {@code reporting.holidays} stops the start (the days off moved to the shared calendar). */
    public record YearCalendar(@DefaultValue List<LocalDate> daysOff,
            @DefaultValue List<LocalDate> workingWeekendDays) {
    }

    /**
     * When {@code report-due} reminders go out: {@code leadTime} before each deadline and on it.
     *
     * @param interval     pause between two scheduler runs
     * @param initialDelay pause before the first run after start
     */
    public record Reminders(@DefaultValue("true") boolean enabled, @DefaultValue("P3D") Period leadTime,
            @DefaultValue("PT1H") Duration interval, @DefaultValue("PT1M") Duration initialDelay,
            @DefaultValue("P7D") Period catchUp) {
    }
}
