package vn.dondoc.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.local.LocalSystem.Service;
import vn.dondoc.webapp.WebApplication;

/**
 * The web application (the pages people use) started in the local run's JVM, after the identity
 * provider and the services: it signs people in at the provider and calls the services on the
 * ports they listen on.
 */
public final class LocalWeb implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private LocalWeb(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts it on {@code port} (8080 in the local run; a free port in tests), signing in at
     * {@code issuer}; {@code overrides} are passed as command-line arguments.
     */
    public static LocalWeb start(LocalSystem services, String issuer, int port, Map<String, String> overrides) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--spring.security.oauth2.client.provider.dondoc.issuer-uri=" + issuer);
        args.add("--dondoc.web.services.plan=http://localhost:" + services.port(Service.PLAN));
        args.add("--dondoc.web.services.task=http://localhost:" + services.port(Service.TASK));
        args.add("--dondoc.web.services.reporting=http://localhost:" + services.port(Service.REPORTING));
        args.add("--dondoc.web.services.notification=http://localhost:" + services.port(Service.NOTIFICATION));
        overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new LocalWeb(new SpringApplicationBuilder(WebApplication.class)
                .properties("spring.config.name=" + WebApplication.CONFIG_NAME, "logging.include-application-name=false")
                .properties(LocalSystem.NO_API_DESCRIPTION)
                .run(args.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
