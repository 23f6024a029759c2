package vn.dondoc.reporting;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Keeps per-unit figures from task events and the reporting calendar; publishes {@code report-due}. */
@OpenAPIDefinition(info = @Info(title = "reporting-service", version = "v1",
        description = "Báo cáo: số liệu theo đơn vị và kỳ, báo cáo của đơn vị và của sở, tổng hợp của tỉnh, lịch nghỉ. Lỗi: RFC 9457 (application/problem+json), bằng tiếng Việt."))
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
