package vn.dondoc.plan;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Plans (Kế hoạch): unit directory, document import into drafts, issue, amend and withdraw; publishes the plan events. */
@OpenAPIDefinition(info = @Info(title = "plan-service", version = "v1",
        description = "Kế hoạch: danh mục đơn vị, nhập văn bản thành bản nháp, ban hành, sửa đổi, thu hồi kế hoạch. Lỗi: RFC 9457 (application/problem+json), bằng tiếng Việt."))
@SpringBootApplication
public class PlanServiceApplication {

    /** Name of this service's configuration file ({@code plan-service.yml}). */
    public static final String CONFIG_NAME = "plan-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(PlanServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
