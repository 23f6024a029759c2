package vn.dondoc.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Tells units what they owe: assignments and reports due. */
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
