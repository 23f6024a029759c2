package vn.dondoc.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.dondoc.identity.client.SignIn;
import vn.dondoc.local.LocalRun;
import vn.dondoc.local.LocalSystem.Service;

/**
 * The embedded stack exactly as {@code ./run-local.sh} runs it — its own JVM with the options of
 * {@code local-run/jvm.options}, a KRaft broker, the H2-backed store, embedded SMTP and the four
 * services on 8081–8084 — with the data in a fresh folder and the broker, store and SMTP on free
 * ports. Its own process, so that start-up and resident memory are the stack's, not the harness's.
 */
final class BenchmarkStack implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    static final String BENCH_PASSWORD = "bench-local";
    /** The office of the benchmark's department. */
    static final String OFFICE_ACCOUNT = "vanphong.bench";
    /** Staff of one unit of it, whose work page is timed. */
    static final String UNIT_ACCOUNT = "u03.bench";
    /** The identity provider's accounts for the benchmark: the office of its department BENCH and one unit (test data). */
    private static final String BENCH_ACCOUNTS = """
            # Accounts of the benchmarks (test data).
            password: %s
            province: {code: TN, name: Thái Nguyên}
            departments: {BENCH: Sở của phép đo}
            accounts:
              - {username: vanphong.bench, name: Văn thư phép đo, role: OFFICE, department: BENCH}
              - {username: u03.bench, name: Cán bộ đơn vị 3, role: UNIT, unit: BENCH.U03}
            """.formatted(BENCH_PASSWORD);

    private final Process process;
    final String kafkaBootstrap;
    final String mongoUri;
    final long startupMillis;
    /** An office token of the benchmark's department BENCH, signed in at the stack's identity provider. */
    final String officeToken;

    private BenchmarkStack(Process process, String kafkaBootstrap, String mongoUri, long startupMillis,
            String officeToken) {
        this.process = process;
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoUri = mongoUri;
        this.startupMillis = startupMillis;
        this.officeToken = officeToken;
    }

    static BenchmarkStack start() throws Exception {
        Path data = Files.createTempDirectory("dondoc-bench");
        int kafkaPort = freePortPair();
        int mongoPort = freePortPair();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions());
        Path accounts = data.resolve("bench-accounts.yml");
        Files.writeString(accounts, BENCH_ACCOUNTS);
        command.add("-Didentity.accounts=" + accounts.toUri());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LocalRun.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("stack.log").toFile());
        builder.environment().put("DONDOC_DATA_DIR", data.toString());
        builder.environment().put("DONDOC_KAFKA_PORT", Integer.toString(kafkaPort));
        builder.environment().put("DONDOC_MONGO_PORT", Integer.toString(mongoPort));
        builder.environment().put("DONDOC_SMTP_PORT", Integer.toString(freePortPair()));
        int identityPort = freePortPair();
        builder.environment().put("DONDOC_IDP_PORT", Integer.toString(identityPort));
        long begin = System.nanoTime();
        Process process = builder.start();
        awaitHealthy(process, data.resolve("stack.log"));
        long startup = (System.nanoTime() - begin) / 1_000_000;
        // the office of the benchmark's department, signed in at the stack's identity provider (valid 1 h)
        String token = SignIn.cli(URI.create("http://localhost:" + identityPort))
                .as(OFFICE_ACCOUNT, BENCH_PASSWORD).accessToken();
        System.out.printf("stack pid %d up in %.1f s (log: %s)%n", process.pid(), startup / 1000.0,
                data.resolve("stack.log"));
        return new BenchmarkStack(process, "127.0.0.1:" + kafkaPort, "mongodb://127.0.0.1:" + mongoPort,
                startup, token);
    }

    /** The JVM options {@code run-local.sh} uses, from {@code local-run/jvm.options}. */
    static List<String> jvmOptions() throws IOException {
        Path options = Path.of("local-run", "jvm.options");
        if (!Files.exists(options)) {
            return List.of();
        }
        return Arrays.stream(Files.readString(options).trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }

    /** The web application of the stack (the port {@code ./run-local.sh} gives it). */
    URI webUrl() {
        return URI.create("http://localhost:8080/");
    }

    String url(Service service, String path) {
        return "http://127.0.0.1:" + port(service) + path;
    }

    /** Resident memory of the stack's process (broker, store and services are all in it), in MiB. */
    long residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
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
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int port(Service service) {
        return switch (service) {
            case PLAN -> 8081;
            case TASK -> 8082;
            case REPORTING -> 8083;
            case NOTIFICATION -> 8084;
        };
    }

    private static void awaitHealthy(Process process, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        for (Service service : Service.values()) {
            URI health = URI.create("http://127.0.0.1:" + port(service) + "/actuator/health");
            while (!up(http, health)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the stack did not start; see " + log);
                }
                Thread.sleep(100);
            }
        }
    }

    private static boolean up(HttpClient http, URI health) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
