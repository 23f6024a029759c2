package vn.dondoc.task;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Turns issued plans into assignments per unit and publishes {@code task-assigned}. */
@SpringBootApplication
public class TaskServiceApplication {

    /** Name of this service's configuration file ({@code task-service.yml}). */
    public static final String CONFIG_NAME = "task-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(TaskServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
