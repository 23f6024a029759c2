package vn.dondoc.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.notification.NotificationServiceApplication;
import vn.dondoc.plan.PlanServiceApplication;
import vn.dondoc.reporting.ReportingServiceApplication;
import vn.dondoc.task.TaskServiceApplication;

/**
 * The four services, each its own Spring application context with its own configuration file,
 * HTTP port and database, started in one JVM against a given broker and store.
 */
public final class LocalSystem implements AutoCloseable {

    /** A service: its application class and the name of its configuration file. */
    public enum Service {
        PLAN(PlanServiceApplication.class, PlanServiceApplication.CONFIG_NAME),
        TASK(TaskServiceApplication.class, TaskServiceApplication.CONFIG_NAME),
        REPORTING(ReportingServiceApplication.class, ReportingServiceApplication.CONFIG_NAME),
        NOTIFICATION(NotificationServiceApplication.class, NotificationServiceApplication.CONFIG_NAME);

        private final Class<?> application;
        private final String configName;

        Service(Class<?> application, String configName) {
            this.application = application;
            this.configName = configName;
        }
    }

    private final Map<Service, ConfigurableApplicationContext> contexts;

    private LocalSystem(Map<Service, ConfigurableApplicationContext> contexts) {
        this.contexts = contexts;
    }

    /**
     * Starts every service. Each override ({@code spring.kafka.bootstrap-servers}, ...) is passed
     * to all services as a command-line argument; {@code portOverride} 0 gives random ports.
     */
    public static LocalSystem start(Map<String, String> overrides, Integer portOverride) {
        Map<Service, ConfigurableApplicationContext> started = new java.util.EnumMap<>(Service.class);
        try {
            for (Service service : Service.values()) {
                List<String> args = new ArrayList<>();
                overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
                if (portOverride != null) {
                    args.add("--server.port=" + portOverride);
                }
                started.put(service, new SpringApplicationBuilder(service.application)
                        .properties("spring.config.name=" + service.configName,
                                "logging.include-application-name=false")
                        .run(args.toArray(String[]::new)));
            }
        } catch (RuntimeException e) {
            new LocalSystem(started).close();
            throw e;
        }
        return new LocalSystem(started);
    }

    /** The HTTP port the service listens on. */
    public int port(Service service) {
        return ((WebServerApplicationContext) contexts.get(service)).getWebServer().getPort();
    }

    public ConfigurableApplicationContext context(Service service) {
        return contexts.get(service);
    }

    /** Stops the services in reverse order of their start. */
    @Override
    public void close() {
        List<ConfigurableApplicationContext> running = new ArrayList<>(contexts.values());
        Collections.reverse(running);
        running.forEach(ConfigurableApplicationContext::close);
    }
}
