package vn.dondoc.reporting.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link ReportingCalendar} from {@code reporting.*}; a wrong regime, or a configured day
 * outside its year, fails the start. The configured years are the announced ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class CalendarConfiguration {

    @Bean
    ReportingCalendar reportingCalendar(ReportingProperties properties) {
        List<HolidayYear> announced = properties.holidays() == null ? List.of()
                : properties.holidays().entrySet().stream()
                        .map(entry -> new HolidayYear(entry.getKey(), HolidayYear.Source.ANNOUNCED,
                                inYear(entry.getKey(), entry.getValue().daysOff()),
                                inYear(entry.getKey(), entry.getValue().workingWeekendDays())))
                        .toList();
        List<Regime> regimes = properties.regimes() == null ? List.of()
                : properties.regimes().entrySet().stream()
                        .map(entry -> new Regime(entry.getKey(), entry.getValue().name(),
                                entry.getValue().periods(), entry.getValue().cumulative(),
                                entry.getValue().deadlines() == null ? Map.of() : entry.getValue().deadlines()))
                        .toList();
        return new ReportingCalendar(regimes, properties.defaultRegime(), new WorkingDays(announced));
    }

    @Bean
    RegimeSelection regimeSelection(ReportingCalendar calendar, ReportingProperties properties) {
        return new RegimeSelection(calendar, properties.departmentRegimes());
    }

    private static SortedSet<LocalDate> inYear(int year, List<LocalDate> days) {
        SortedSet<LocalDate> set = new TreeSet<>(days == null ? List.of() : days);
        set.stream().filter(day -> day.getYear() != year).findFirst().ifPresent(day -> {
            throw new IllegalStateException("reporting.holidays." + year + ": ngày " + day
                    + " không thuộc năm " + year);
        });
        return set;
    }
}
