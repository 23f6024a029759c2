package vn.dondoc.task;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns issued plans into assignments per unit, carries their lifecycle and watches deadlines. */
@OpenAPIDefinition(info = @Info(title = "task-service", version = "v1",
        description = "Nhiệm vụ: phân công theo đơn vị, tiếp nhận, báo cáo tiến độ, gia hạn, đánh giá; theo dõi hạn. Lỗi: RFC 9457 (application/problem+json), bằng tiếng Việt."))
@SpringBootApplication
@EnableScheduling
public class TaskServiceApplication {

    /** Name of this service's configuration file ({@code task-service.yml}). */
    public static final String CONFIG_NAME = "task-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(TaskServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
