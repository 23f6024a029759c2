package vn.dondoc.notification;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Tells units what they owe: assignments and reports due. */
@OpenAPIDefinition(info = @Info(title = "notification-service", version = "v1",
        description = "Thông báo: hộp thư của đơn vị, thư điện tử đã gửi, địa chỉ liên hệ. Lỗi: RFC 9457 (application/problem+json), bằng tiếng Việt."))
@SpringBootApplication
public class NotificationServiceApplication {

    /** Name of this service's configuration file ({@code notification-service.yml}). */
    public static final String CONFIG_NAME = "notification-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(NotificationServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
