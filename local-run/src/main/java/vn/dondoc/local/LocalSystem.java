package vn.dondoc.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.identity.IdentityProviderApplication;
import vn.dondoc.notification.NotificationServiceApplication;
import vn.dondoc.plan.PlanServiceApplication;
import vn.dondoc.reporting.ReportingServiceApplication;
import vn.dondoc.task.TaskServiceApplication;

/**
 * The identity provider (unless another issuer is named) and the four services, each its own
 * Spring application context with its own configuration file, HTTP port and database, started in
 * one JVM against a given broker and store (the provider first, then the services side by side);
 * the services trust the provider's issuer.
 */
public final class LocalSystem implements AutoCloseable {

    /**
     * For the identity provider and the web application: springdoc is on this JVM's classpath for the
     * services' sake (through service-security), and would otherwise describe their controllers too.
     */
    static final String[] NO_API_DESCRIPTION = {"springdoc.api-docs.enabled=false", "springdoc.swagger-ui.enabled=false"};

    /** The services' property naming the issuer they trust. */
    public static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

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

        /** The class whose {@code main} starts the service on its own. */
        public Class<?> application() {
            return application;
        }
    }

    private final ConfigurableApplicationContext identityProvider;
    private final String issuer;
    private final Map<Service, ConfigurableApplicationContext> contexts;

    private LocalSystem(ConfigurableApplicationContext identityProvider, String issuer,
            Map<Service, ConfigurableApplicationContext> contexts) {
        this.identityProvider = identityProvider;
        this.issuer = issuer;
        this.contexts = contexts;
    }

    /**
     * Starts every service, trusting the issuer the overrides or the environment name. Each override
     * ({@code spring.kafka.bootstrap-servers}, ...) is passed to all services as a command-line
     * argument; {@code portOverride} 0 gives random ports.
     */
    public static LocalSystem start(Map<String, String> overrides, Integer portOverride) {
        return start(null, overrides, portOverride);
    }

    /**
     * Starts the identity provider with the given properties ({@code identity.key-folder}, ...;
     * null: no provider), then every service trusting its issuer. With {@code portOverride} 0 the
     * provider too listens on a random port, its issuer the URL it is called at
     * ({@code http://localhost:<port>}).
     */
    public static LocalSystem start(Map<String, String> identity, Map<String, String> overrides, Integer portOverride) {
        return start(identity, overrides, portOverride, List.of(Service.values()));
    }

    /**
     * {@link #start(Map, Map, Integer)} with only the given services in this JVM (none: the provider
     * alone, the services run in their own processes).
     */
    public static LocalSystem start(Map<String, String> identity, Map<String, String> overrides, Integer portOverride,
            List<Service> services) {
        ConfigurableApplicationContext provider = null;
        String issuer = overrides.get(ISSUER_URI);
        Map<Service, ConfigurableApplicationContext> started = Collections.synchronizedMap(new EnumMap<>(Service.class));
        try {
            if (identity != null) {
                // first and alone: the first context to start sets up logging for all of them
                provider = startIdentityProvider(identity, portOverride);
                issuer = issuerOf(provider);
            }
            List<String> args = serviceArgs(overrides, provider == null ? null : issuer, portOverride);
            List<Service> rest = services;
            if (provider == null && !rest.isEmpty()) {
                // the first context to start sets up logging for all of them: alone, then the others
                startServices(rest.subList(0, 1), args, started);
                rest = rest.subList(1, rest.size());
            }
            if (!rest.isEmpty()) {
                startServices(rest, args, started);
            }
        } catch (RuntimeException e) {
            new LocalSystem(provider, issuer, new EnumMap<>(started)).close();
            throw e;
        }
        return new LocalSystem(provider, issuer, new EnumMap<>(started));
    }

    private static List<String> serviceArgs(Map<String, String> overrides, String issuer, Integer portOverride) {
        List<String> args = new ArrayList<>();
        overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
        if (issuer != null) {
            args.add("--" + ISSUER_URI + "=" + issuer);
        }
        if (portOverride != null) {
            args.add("--server.port=" + portOverride);
        }
        return args;
    }

    /**
     * Starts the four services side by side, one thread each: a start waits on the broker and the
     * store as much as it computes, and the services share nothing but the JVM. Each started context
     * is put in {@code started} as soon as it is up; the first failure is thrown once every start
     * has ended.
     */
    private static void startServices(List<Service> services, List<String> args,
            Map<Service, ConfigurableApplicationContext> started) {
        ExecutorService starters = Executors.newFixedThreadPool(services.size(), runnable -> {
            Thread thread = new Thread(runnable, "dondoc-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (Service service : services) {
                starts.add(starters.submit(() -> started.put(service, new SpringApplicationBuilder(service.application)
                        .properties("spring.config.name=" + service.configName, "logging.include-application-name=false")
                        .run(args.toArray(String[]::new)))));
            }
            RuntimeException failure = null;
            for (Future<?> start : starts) {
                try {
                    start.get();
                } catch (ExecutionException e) {
                    failure = failure == null ? asRuntime(e.getCause()) : failure;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = failure == null ? new IllegalStateException("interrupted while starting", e) : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            starters.shutdown();
        }
    }

    private static RuntimeException asRuntime(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    private static ConfigurableApplicationContext startIdentityProvider(Map<String, String> properties,
            Integer portOverride) {
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        if (portOverride != null) {
            args.add("--server.port=" + portOverride);
            if (portOverride == 0) {
                args.add("--identity.issuer=");
            }
        }
        return new SpringApplicationBuilder(IdentityProviderApplication.class)
                .properties("spring.config.name=" + IdentityProviderApplication.CONFIG_NAME,
                        "logging.include-application-name=false")
                .properties(NO_API_DESCRIPTION)
                .run(args.toArray(String[]::new));
    }

    private static String issuerOf(ConfigurableApplicationContext provider) {
        String configured = provider.getEnvironment().getProperty("identity.issuer");
        return configured == null || configured.isBlank()
                ? "http://localhost:" + ((WebServerApplicationContext) provider).getWebServer().getPort()
                : configured;
    }

    /** The HTTP port the service listens on. */
    public int port(Service service) {
        return ((WebServerApplicationContext) contexts.get(service)).getWebServer().getPort();
    }

    public ConfigurableApplicationContext context(Service service) {
        return contexts.get(service);
    }

    /** The issuer the services trust (the provider's when this system started one), or null if the environment names it. */
    public String issuer() {
        return issuer;
    }

    /** Whether this system started the identity provider. */
    public boolean hasIdentityProvider() {
        return identityProvider != null;
    }

    /** Stops the services in reverse order of their start, then the identity provider. */
    @Override
    public void close() {
        List<ConfigurableApplicationContext> running = new ArrayList<>(contexts.values());
        Collections.reverse(running);
        running.forEach(ConfigurableApplicationContext::close);
        if (identityProvider != null) {
            identityProvider.close();
        }
    }
}
