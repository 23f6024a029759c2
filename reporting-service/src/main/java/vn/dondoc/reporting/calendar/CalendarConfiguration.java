package vn.dondoc.reporting.calendar;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.vocabulary.calendar.DeadlineCalendar;
import vn.dondoc.vocabulary.calendar.DeadlineRule;

/**
 * Builds the {@link ReportingCalendar} from {@code reporting.*} and the {@link DeadlineCalendar} both
 * services share (the announced days off and the units' deadline, ADR 0007); a wrong regime, a regime
 * stating a units' deadline other than the shared one, or {@code reporting.holidays} (moved to the
 * shared calendar) fails the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class CalendarConfiguration {

    @Bean
    DeadlineCalendar deadlineCalendar() {
        return DeadlineCalendar.inForce();
    }

    @Bean
    ReportingCalendar reportingCalendar(ReportingProperties properties, DeadlineCalendar deadlines) {
        if (properties.holidays() != null && !properties.holidays().isEmpty()) {
            throw new IllegalStateException("reporting.holidays không còn được dùng: lịch ngày nghỉ ở "
                    + DeadlineCalendar.FILE + " (thay bằng biến môi trường DONDOC_DEADLINE_CALENDAR), chung cho"
                    + " task-service và reporting-service (ADR 0007).");
        }
        List<Regime> regimes = properties.regimes() == null ? List.of()
                : properties.regimes().entrySet().stream()
                        .map(entry -> new Regime(entry.getKey(), entry.getValue().name(),
                                entry.getValue().periods(), entry.getValue().cumulative(),
                                withUnitsDeadline(entry.getKey(), entry.getValue().deadlines(), deadlines)))
                        .toList();
        return new ReportingCalendar(regimes, properties.defaultRegime(), deadlines.workingDays());
    }

    @Bean
    RegimeSelection regimeSelection(ReportingCalendar calendar, ReportingProperties properties) {
        return new RegimeSelection(calendar, properties.departmentRegimes());
    }

    /** The regime's deadlines with the shared units' deadline; a regime may not state another one. */
    private static Map<ReportLevel, DeadlineRule> withUnitsDeadline(String regime, Map<ReportLevel, DeadlineRule> configured,
            DeadlineCalendar deadlines) {
        Map<ReportLevel, DeadlineRule> all = new EnumMap<>(ReportLevel.class);
        if (configured != null) {
            all.putAll(configured);
        }
        DeadlineRule stated = all.putIfAbsent(ReportLevel.UNIT_TO_OFFICE, deadlines.unitDeadline());
        if (stated != null && !stated.equals(deadlines.unitDeadline())) {
            throw new IllegalStateException(("Chế độ báo cáo '%s': hạn các đơn vị nộp Văn phòng (%s) khác hạn chung"
                    + " (%s) mà task-service cũng dùng cho nhiệm vụ định kỳ; đặt hạn này một lần trong %s"
                    + " (ADR 0007).").formatted(regime, stated.describe(), deadlines.unitDeadline().describe(),
                    DeadlineCalendar.FILE));
        }
        return all;
    }
}
