package vn.dondoc.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import vn.dondoc.local.EmbeddedKafkaBroker;
import vn.dondoc.local.EmbeddedMongo;
import vn.dondoc.local.DevelopmentIssuer;
import vn.dondoc.local.LocalSystem;

/** The embedded stack as {@code run-local.sh} runs it (KRaft broker, H2-backed store, four services), on free ports. */
final class BenchmarkStack implements AutoCloseable {

    final EmbeddedKafkaBroker broker;
    final EmbeddedMongo mongo;
    final LocalSystem system;
    final long startupMillis;
    /** An office token of the stack's development issuer: reads and registers everything. */
    final String officeToken;

    private BenchmarkStack(EmbeddedKafkaBroker broker, EmbeddedMongo mongo, LocalSystem system,
            long startupMillis, String officeToken) {
        this.officeToken = officeToken;
        this.broker = broker;
        this.mongo = mongo;
        this.system = system;
        this.startupMillis = startupMillis;
    }

    static BenchmarkStack start() throws Exception {
        Path data = Files.createTempDirectory("dondoc-bench");
        long begin = System.nanoTime();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(data.resolve("kafka"), freePortPair());
        broker.start();
        EmbeddedMongo mongo = new EmbeddedMongo(data.resolve("mongo/dondoc.mv"), freePortPair());
        mongo.start();
        DevelopmentIssuer issuer = DevelopmentIssuer.in(data.resolve("dev-issuer"));
        Map<String, String> overrides = new HashMap<>(issuer.serviceProperties());
        overrides.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        overrides.put("spring.mongodb.uri", mongo.connectionString());
        LocalSystem system = LocalSystem.start(overrides, 0);
        return new BenchmarkStack(broker, mongo, system, (System.nanoTime() - begin) / 1_000_000,
                issuer.mint("OFFICE", null, "benchmark", Duration.ofHours(24)));
    }

    String url(LocalSystem.Service service, String path) {
        return "http://127.0.0.1:" + system.port(service) + path;
    }

    /** Resident memory of this JVM, which holds the whole stack, in MiB. */
    static long residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        system.close();
        mongo.close();
        broker.close();
    }

    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket first = new ServerSocket(0);
                    ServerSocket second = new ServerSocket(first.getLocalPort() + 1)) {
                return first.getLocalPort();
            } catch (IOException taken) {
                // another pair
            }
        }
        throw new IOException("no two adjacent free ports");
    }
}
