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
 * ({@code DONDOC_SMTP_PORT}, default 3025), then the four services. With
 * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}, {@code SPRING_MONGODB_URI} or {@code SPRING_MAIL_HOST}
 * set, the services use that cluster, database or mail server instead. The services trust the
 * tokens of the {@link DevelopmentIssuer} in {@code data/dev-issuer} (made once; mint tokens with
 * {@code ./mint-token.sh}), unless an identity server is named by
 * {@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI} or {@code ..._JWK_SET_URI}.
 * {@code DONDOC_STORE=memory} keeps the store in memory only (nothing survives a stop). Ctrl-C
 * stops everything, services first.
 */
public final class LocalRun {

    private static final Logger log = LoggerFactory.getLogger(LocalRun.class);

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        Path data = Path.of(env("DONDOC_DATA_DIR", "data")).toAbsolutePath();
        List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll(running);
            stopped.countDown();
        }, "dondoc-shutdown"));

        Map<String, String> overrides = new LinkedHashMap<>();
        if (System.getenv("SPRING_KAFKA_BOOTSTRAP_SERVERS") == null) {
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(data.resolve("kafka"),
                    Integer.parseInt(env("DONDOC_KAFKA_PORT", "9092")));
            running.add(broker);
            broker.start();
            overrides.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        }
        if (System.getenv("SPRING_MONGODB_URI") == null) {
            boolean inMemory = "memory".equals(env("DONDOC_STORE", "h2"));
            EmbeddedMongo mongo = new EmbeddedMongo(inMemory ? null : data.resolve("mongo").resolve("dondoc.mv"),
                    Integer.parseInt(env("DONDOC_MONGO_PORT", "27018")));
            running.add(mongo);
            mongo.start();
            overrides.put("spring.mongodb.uri", mongo.connectionString());
        }
        if (System.getenv("SPRING_MAIL_HOST") == null) {
            EmbeddedSmtp smtp = new EmbeddedSmtp(new MailFolder(data.resolve("mail")),
                    Integer.parseInt(env("DONDOC_SMTP_PORT", "3025")));
            running.add(smtp);
            smtp.start();
            overrides.put("spring.mail.host", "127.0.0.1");
            overrides.put("spring.mail.port", Integer.toString(smtp.port()));
        }
        if (System.getenv("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI") == null
                && System.getenv("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI") == null) {
            overrides.putAll(DevelopmentIssuer.in(data.resolve("dev-issuer")).serviceProperties());
        }
        // A sweep scans every outbox collection, a full scan in the embedded store; one instance
        // relays what it writes at once and sweeps only for what a crash left behind.
        overrides.put("dondoc.eventing.sweep-interval", env("DONDOC_SWEEP_INTERVAL", "30s"));
        LocalSystem system = LocalSystem.start(overrides, null);
        running.add(system);
        log.info("Đôn Đốc is up in {} s: plan-service :{}, task-service :{}, reporting-service :{}, "
                        + "notification-service :{} (data in {}). Ctrl-C stops it.",
                (System.nanoTime() - begin) / 1_000_000_000.0,
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
