package vn.dondoc.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one command that runs Đôn Đốc on a machine with only a JDK: a real KRaft Kafka broker and
 * the embedded MongoDB-compatible store (H2 files) under {@code DONDOC_DATA_DIR} (default
 * {@code ./data}), an SMTP server writing received mail to {@code data/mail/*.eml}
 * ({@code DONDOC_SMTP_PORT}, default 3025), the identity provider with the EXAMPLE accounts
 * ({@code DONDOC_IDP_PORT}, default 9000; its signing key in {@code data/identity}), then the four
 * services, which trust the provider's issuer, and the web application on http://localhost:8080
 * ({@code DONDOC_WEB_PORT}), where people sign in at the provider. With {@code SPRING_KAFKA_BOOTSTRAP_SERVERS},
 * {@code SPRING_MONGODB_URI}, {@code SPRING_MAIL_HOST} or
 * {@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI} set, the services use that cluster,
 * database, mail server or identity server instead (and it is not started). Everything listens on
 * 127.0.0.1 only; {@code SERVER_ADDRESS} binds the provider and the services elsewhere.
 * {@code DONDOC_STORE=memory} keeps the store in memory only (nothing survives a stop).
 * {@code DONDOC_FAULT_PORT} opens the fault suite's switch ({@link FaultSwitch}).
 * {@code DONDOC_SERVICES=apart} starts everything but the four services and the web application,
 * which then run in their own JVMs as docker-compose runs them (the benchmarks measure each
 * service's CPU that way). Ctrl-C stops everything, services first.
 */
public final class LocalRun {

    private static final Logger log = LoggerFactory.getLogger(LocalRun.class);

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        if (System.getenv("LOGGING_STRUCTURED_FORMAT_CONSOLE") != null) {
            // logback.xml writes plain lines; this one Boot's structured format (docs/operations.md).
            // A system property, because the first context to start sets up logging for all of them.
            System.setProperty("logging.config", "classpath:logback-structured.xml");
            // one JVM for every service: the logger's package names the service, not service.name
            System.setProperty("logging.structured.ecs.service.name", "dondoc-local-run");
        }
        Path data = Path.of(env("DONDOC_DATA_DIR", "data")).toAbsolutePath();
        List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll(running);
            stopped.countDown();
        }, "dondoc-shutdown"));

        Map<String, String> overrides = new LinkedHashMap<>();
        Map<String, FaultSwitch.Component> switchable = new LinkedHashMap<>();
        if (System.getenv("SPRING_KAFKA_BOOTSTRAP_SERVERS") == null) {
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(data.resolve("kafka"),
                    Integer.parseInt(env("DONDOC_KAFKA_PORT", "9092")));
            running.add(broker);
            broker.start();
            switchable.put("broker", new FaultSwitch.Component(broker::start, broker::close));
            overrides.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
            // the broker restarts with the services: after kill -9 the killed run's consumers kept their
            // partitions until their sessions expired (45 s by default) and the restarted pipeline waited
            overrides.put("spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", "10000");
            // and the restarted consumers join as the same static members: they replace the dead ones at once
            overrides.put("dondoc.eventing.instance-id", "local");
        }
        if (System.getenv("SPRING_MONGODB_URI") == null) {
            boolean inMemory = "memory".equals(env("DONDOC_STORE", "h2"));
            EmbeddedMongo mongo = new EmbeddedMongo(inMemory ? null : data.resolve("mongo").resolve("dondoc.mv"),
                    Integer.parseInt(env("DONDOC_MONGO_PORT", "27018")));
            running.add(mongo);
            mongo.start();
            switchable.put("store", new FaultSwitch.Component(mongo::start, mongo::close));
            overrides.put("spring.mongodb.uri", mongo.connectionString());
            // the store is in this process (no network to lose); its first answer after a restart on a
            // large file waits for the in-heap indexes to be rebuilt, which may take longer than 30 s
            overrides.put("dondoc.store.read-timeout", "10m");
        }
        if (System.getenv("SPRING_MAIL_HOST") == null) {
            EmbeddedSmtp smtp = new EmbeddedSmtp(new MailFolder(data.resolve("mail")),
                    Integer.parseInt(env("DONDOC_SMTP_PORT", "3025")));
            running.add(smtp);
            smtp.start();
            switchable.put("smtp", new FaultSwitch.Component(smtp::start, smtp::close));
            overrides.put("spring.mail.host", "127.0.0.1");
            overrides.put("spring.mail.port", Integer.toString(smtp.port()));
        }
        int webPort = Integer.parseInt(env("DONDOC_WEB_PORT", "8080"));
        String web = "http://localhost:" + webPort;
        // emails and in-app notifications link to the pages
        overrides.put("dondoc.web.base-url", web);
        Map<String, String> identity = null;
        if (System.getenv("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI") == null) {
            String port = env("DONDOC_IDP_PORT", "9000");
            identity = new LinkedHashMap<>();
            identity.put("server.port", port);
            identity.put("identity.issuer", "http://localhost:" + port);
            identity.put("identity.key-folder", data.resolve("identity").toString());
            identity.put("identity.web.redirect-uris", web + "/login/oauth2/code/dondoc");
            identity.put("identity.web.post-logout-redirect-uris", web + "/");
        }
        if (System.getenv("SERVER_ADDRESS") == null) {
            overrides.put("server.address", "127.0.0.1");
        }
        // A sweep scans every outbox collection, a full scan in the embedded store; one instance
        // relays what it writes at once and sweeps only for what a crash left behind.
        overrides.put("dondoc.eventing.sweep-interval", env("DONDOC_SWEEP_INTERVAL", "30s"));
        if (System.getenv("DONDOC_FAULT_PORT") != null) {
            running.add(FaultSwitch.start(Integer.parseInt(System.getenv("DONDOC_FAULT_PORT")), switchable));
        }
        boolean apart = "apart".equals(env("DONDOC_SERVICES", "together"));
        LocalSystem system = LocalSystem.start(identity, overrides, null,
                apart ? List.of() : List.of(LocalSystem.Service.values()));
        running.add(system);
        if (apart) {
            log.info("The broker, the store, the mail server and the identity provider are up in {} s "
                            + "(DONDOC_SERVICES=apart): start each service in its own JVM with {}",
                    (System.nanoTime() - begin) / 1_000_000_000.0, overrides);
            stopped.await();
            return;
        }
        String issuer = system.hasIdentityProvider() ? system.issuer()
                : System.getenv("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        Map<String, String> webOverrides = new LinkedHashMap<>();
        webOverrides.put("server.address", System.getenv("SERVER_ADDRESS") == null ? "127.0.0.1"
                : System.getenv("SERVER_ADDRESS"));
        LocalWeb pages = LocalWeb.start(system, issuer, webPort, webOverrides);
        running.add(pages);
        log.info("Đôn Đốc is up in {} s: the pages on {} (sign in as an example account, e.g. vanphong.skhcn or "
                        + "vp.skhcn, password dondoc-local); identity provider {}, plan-service :{}, task-service :{}, "
                        + "reporting-service :{}, notification-service :{} (data in {}). Ctrl-C stops it.",
                (System.nanoTime() - begin) / 1_000_000_000.0, web,
                system.hasIdentityProvider() ? system.issuer()
                        : "not started, trusting " + System.getenv("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"),
                system.port(LocalSystem.Service.PLAN), system.port(LocalSystem.Service.TASK),
                system.port(LocalSystem.Service.REPORTING),
                system.port(LocalSystem.Service.NOTIFICATION), data);
        stopped.await();
    }

    private static void stopAll(List<AutoCloseable> running) {
        List<AutoCloseable> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        for (AutoCloseable component : reversed) {
            try {
                component.close();
            } catch (Exception e) {
                log.warn("Could not stop {} cleanly: {}", component, e.getMessage());
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
