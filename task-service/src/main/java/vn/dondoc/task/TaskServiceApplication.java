package vn.dondoc.task;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns issued plans into assignments per unit, carries their lifecycle and watches deadlines. */
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
