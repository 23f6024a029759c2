package vn.dondoc.webapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The pages people use (office clerks, units, leaders, the province), in Vietnamese. It keeps no
 * business data: every page calls the four services with the signed-in user's own access token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    /** Name of this application's configuration file ({@code web.yml}). */
    public static final String CONFIG_NAME = "web";

    public static void main(String[] args) {
        new SpringApplicationBuilder(WebApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
