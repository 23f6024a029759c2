package vn.dondoc.reporting.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import vn.dondoc.vocabulary.calendar.DeadlineCalendar;

/**
 * The calendar exactly as {@code reporting-service.yml} and the shared deadline calendar configure it,
 * with optional overrides.
 */
final class ShippedCalendar {

    private ShippedCalendar() {
    }

    static ReportingCalendar load() {
        return load(Map.of());
    }

    static ReportingCalendar load(Map<String, Object> overrides) {
        return load(overrides, DeadlineCalendar.shipped());
    }

    static ReportingCalendar load(Map<String, Object> overrides, DeadlineCalendar deadlines) {
        return new CalendarConfiguration().reportingCalendar(properties(overrides), deadlines);
    }

    static ReportingProperties properties(Map<String, Object> overrides) {
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("reporting-service",
                    new ClassPathResource("reporting-service.yml"));
            List<PropertySource<?>> sources = new java.util.ArrayList<>();
            sources.add(new MapPropertySource("overrides", overrides));
            sources.addAll(yaml);
            return new Binder(ConfigurationPropertySources.from(sources), null,
                    ApplicationConversionService.getSharedInstance())
                    .bind("reporting", ReportingProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
