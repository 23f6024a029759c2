package vn.dondoc.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Keeps per-unit figures from task events and the reporting calendar; publishes {@code report-due}. */
@SpringBootApplication
public class ReportingServiceApplication {

    /** Name of this service's configuration file ({@code reporting-service.yml}). */
    public static final String CONFIG_NAME = "reporting-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ReportingServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
