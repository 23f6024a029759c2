package vn.dondoc.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * {@code local-run/jvm.options}, a KRaft broker, the H2-backed store, embedded SMTP, the identity
 * provider with the given accounts and the four services on 8081–8084 — on a data folder and
 * ports chosen by the caller, so that it can be killed and started again on the same data.
 */
public final class LocalRunProcess {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    /** The environment variable with more options for the stack's JVM. */
    static final String EXTRA_OPTIONS = "DONDOC_STACK_JAVA_OPTS";
    /** The environment variable with the java arguments that start the local run (set by {@code run-benchmarks.sh}, {@code run-faults.sh}). */
    static final String LAUNCH = "DONDOC_STACK_LAUNCH";

    /** The ports of the stack's broker, store, mail server, identity provider and fault switch. */
    public record Ports(int kafka, int mongo, int smtp, int identity, int faults) {

        /** Free ports (each with its neighbour free too: the broker's controller takes port + 1). */
        public static Ports free() throws IOException {
            return new Ports(freePortPair(), freePortPair(), freePortPair(), freePortPair(), freePortPair());
        }
    }

    private final Process process;
    private final Path data;
    private final Ports ports;
    private final long startupMillis;

    private LocalRunProcess(Process process, Path data, Ports ports, long startupMillis) {
        this.process = process;
        this.data = data;
        this.ports = ports;
        this.startupMillis = startupMillis;
    }

    /** Starts the stack on {@code data} (its log appended to {@code data/stack.log}) and waits until every service is UP. */
    public static LocalRunProcess start(Path data, Ports ports, Path accounts) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions());
        command.add("-Didentity.accounts=" + accounts.toUri());
        command.addAll(launch());
        Path log = data.resolve("stack.log");
        Files.createDirectories(data);
        Files.writeString(log, "", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DONDOC_DATA_DIR", data.toString());
        builder.environment().put("DONDOC_KAFKA_PORT", Integer.toString(ports.kafka()));
        builder.environment().put("DONDOC_MONGO_PORT", Integer.toString(ports.mongo()));
        builder.environment().put("DONDOC_SMTP_PORT", Integer.toString(ports.smtp()));
        builder.environment().put("DONDOC_IDP_PORT", Integer.toString(ports.identity()));
        builder.environment().put("DONDOC_FAULT_PORT", Integer.toString(ports.faults()));
        long begin = System.nanoTime();
        Process process = builder.start();
        // a harness stopped by Ctrl-C or killed with TERM leaves no stack behind
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        awaitHealthy(process, log);
        long startup = (System.nanoTime() - begin) / 1_000_000;
        System.out.printf("stack pid %d up in %.1f s (log: %s)%n", process.pid(), startup / 1000.0, log);
        return new LocalRunProcess(process, data, ports, startup);
    }

    /**
     * How java starts the local run: as {@code run-local.sh} starts it when the scripts say how
     * ({@value #LAUNCH}: its jar, from its class-data archive when there is one), else from this
     * JVM's class path.
     */
    static List<String> launch() {
        List<String> launch = words(System.getenv().getOrDefault(LAUNCH, ""));
        return launch.isEmpty() ? List.of("-cp", System.getProperty("java.class.path"), LocalRun.class.getName())
                : launch;
    }

    /**
     * The JVM options {@code run-local.sh} uses, from {@code local-run/jvm.options}, then those of
     * {@value #EXTRA_OPTIONS} (as {@code JAVA_OPTS} adds to them for {@code run-local.sh}; a later
     * {@code -Xmx} wins): the stack's heap for a million assignments, a flight recording.
     */
    static List<String> jvmOptions() throws IOException {
        Path options = Path.of("local-run", "jvm.options");
        List<String> all = new ArrayList<>(Files.exists(options) ? words(Files.readString(options)) : List.of());
        all.addAll(words(System.getenv().getOrDefault(EXTRA_OPTIONS, "")));
        return List.copyOf(all);
    }

    private static List<String> words(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }

    public Path data() {
        return data;
    }

    public Ports ports() {
        return ports;
    }

    public long startupMillis() {
        return startupMillis;
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + ports.kafka();
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + ports.mongo();
    }

    /** Signs in at the stack's identity provider (the token is valid 1 h and survives a restart: the key is in the data). */
    public String token(String account, String password) {
        return SignIn.cli(URI.create("http://localhost:" + ports.identity())).as(account, password).accessToken();
    }

    public String url(Service service, String path) {
        return "http://127.0.0.1:" + port(service) + path;
    }

    /** Resident memory of the stack's process (broker, store and services are all in it), in MiB. */
    public long residentMib() {
        return residentMib(process.pid());
    }

    /** Resident memory of a process, in MiB; -1 when it is gone. */
    static long residentMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /**
     * The CPU time the stack's process has used so far (user and system, all threads), in clock ticks
     * of {@code /proc} (100 a second on Linux); -1 when it cannot be read.
     */
    public long cpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // after the command name in parentheses: state is field 3, utime 14 and stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * A full collection in the stack's JVM ({@code jcmd <pid> GC.run}, the JDK's tool next to this
     * JVM's {@code java}); waits for it. False when it could not be asked.
     */
    public boolean collectGarbage() throws InterruptedException {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        try {
            Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return run.waitFor(5, TimeUnit.MINUTES) && run.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code kill -9}: the process ends at once, without its shutdown hooks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the stack as Ctrl-C would, killing it when it takes more than a minute. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    static int port(Service service) {
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
