package vn.dondoc.reporting.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the {@link ReportingCalendar} from {@code reporting.*}; a wrong regime fails the start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class CalendarConfiguration {

    @Bean
    ReportingCalendar reportingCalendar(ReportingProperties properties) {
        Map<Integer, Set<LocalDate>> daysOff = new TreeMap<>();
        Map<Integer, Set<LocalDate>> worked = new TreeMap<>();
        if (properties.holidays() != null) {
            properties.holidays().forEach((year, days) -> {
                daysOff.put(year, inYear(year, days.daysOff()));
                worked.put(year, inYear(year, days.workingWeekendDays()));
            });
        }
        List<Regime> regimes = properties.regimes() == null ? List.of()
                : properties.regimes().entrySet().stream()
                        .map(entry -> new Regime(entry.getKey(), entry.getValue().name(),
                                entry.getValue().periods(), entry.getValue().cumulative(),
                                entry.getValue().deadlines() == null ? Map.of() : entry.getValue().deadlines()))
                        .toList();
        return new ReportingCalendar(regimes, properties.defaultRegime(), new WorkingDays(daysOff, worked));
    }

    @Bean
    RegimeSelection regimeSelection(ReportingCalendar calendar, ReportingProperties properties) {
        return new RegimeSelection(calendar, properties.departmentRegimes());
    }

    private static Set<LocalDate> inYear(int year, List<LocalDate> days) {
        Set<LocalDate> set = new HashSet<>(days == null ? List.of() : days);
        set.stream().filter(day -> day.getYear() != year).findFirst().ifPresent(day -> {
            throw new IllegalStateException("reporting.holidays." + year + ": ngày " + day
                    + " không thuộc năm " + year);
        });
        return set;
    }
}
