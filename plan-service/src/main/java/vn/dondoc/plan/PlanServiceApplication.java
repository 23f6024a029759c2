package vn.dondoc.plan;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Plans (Kế hoạch): unit directory, document import into drafts, issue, amend and withdraw; publishes the plan events. */
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
