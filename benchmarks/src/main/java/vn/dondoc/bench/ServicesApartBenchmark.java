package vn.dondoc.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.dondoc.identity.client.SignIn;
import vn.dondoc.local.LocalRun;
import vn.dondoc.local.LocalSystem;
import vn.dondoc.local.LocalSystem.Service;

/**
 * Each service's share of an assignment, with the services in their own JVMs as docker-compose runs
 * them: one process with the broker, the store, the mail server and the identity provider
 * ({@code DONDOC_SERVICES=apart}), one per service on its usual port. The throughput phase of
 * {@link EndToEndBenchmark} (plans of 100 tasks POSTed by 4 clients until every assignment is
 * stored, published, counted and in an inbox), and the CPU time each process used meanwhile (user +
 * system, from {@code /proc/<pid>/stat}). Arguments: {@code plans tasks}; prints a Markdown table.
 * With {@code -Ddondoc.bench.warmUpPlans=N}, N plans go through first, untimed and uncounted, so that
 * the figures are those of JVMs whose JIT compiler has caught up rather than of fresh ones.
 */
public final class ServicesApartBenchmark {

    /** Heap of each service's JVM; the other options as {@code local-run/jvm.options}. */
    private static final String SERVICE_HEAP = "-Xmx384m";
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    public static void main(String[] args) throws Exception {
        int plans = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path data = Files.createTempDirectory("dondoc-apart");
        LocalRunProcess.Ports ports = LocalRunProcess.Ports.free();
        Map<String, Process> processes = new LinkedHashMap<>();
        try {
            long begin = System.nanoTime();
            processes.put("broker + store + identity provider", infrastructure(data, ports));
            awaitUp(URI.create("http://localhost:" + ports.identity() + "/.well-known/openid-configuration"),
                    processes);
            for (Service service : Service.values()) {
                processes.put(service.name().toLowerCase() + "-service", service(service, data, ports));
            }
            for (Service service : Service.values()) {
                awaitUp(URI.create("http://127.0.0.1:" + LocalRunProcess.port(service) + "/actuator/health"), processes);
            }
            System.out.printf("up in %.1f s: %s%n", (System.nanoTime() - begin) / 1e9, pids(processes));
            String token = SignIn.cli(URI.create("http://localhost:" + ports.identity()))
                    .as(BenchmarkStack.OFFICE_ACCOUNT, BenchmarkStack.BENCH_PASSWORD).accessToken();
            run(plans, tasks, ports, token, processes);
        } finally {
            processes.values().forEach(Process::destroy);
            for (Process process : processes.values()) {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
        System.exit(0);
    }

    private static void run(int plans, int tasks, LocalRunProcess.Ports ports, String token,
            Map<String, Process> processes) throws Exception {
        int perPlan = tasks * BenchmarkPlans.ASSIGNMENTS_PER_TASK;
        int warmUp = EndToEndBenchmark.warmUpPlans();
        long timed = (long) plans * perPlan;
        long expected = (long) warmUp * perPlan + timed;
        try (StoreProbe store = new StoreProbe("mongodb://127.0.0.1:" + ports.mongo());
                TaskAssignedWatch watch = new TaskAssignedWatch("127.0.0.1:" + ports.kafka(), perPlan)) {
            Thread.sleep(2000); // let the consumers join their groups before the clock starts
            BenchmarkPlans issuer = new BenchmarkPlans("http://127.0.0.1:" + LocalRunProcess.port(Service.PLAN) + "/plans",
                    "BENCH", token);
            if (warmUp > 0) {
                EndToEndBenchmark.issueConcurrently(issuer, 0, warmUp, tasks);
                EndToEndBenchmark.awaitCaughtUp(store, watch, (long) warmUp * perPlan, () -> { });
                System.out.printf("warm-up of %d plans done%n", warmUp);
            }
            Map<String, Long> before = cpuTicks(processes);
            long begin = System.nanoTime();
            EndToEndBenchmark.issueConcurrently(issuer, warmUp, plans, tasks);
            EndToEndBenchmark.awaitCaughtUp(store, watch, expected, () -> { });
            double seconds = (System.nanoTime() - begin) / 1e9;
            Map<String, Long> after = cpuTicks(processes);
            Map<String, Long> resident = new LinkedHashMap<>();
            processes.forEach((name, process) -> resident.put(name, LocalRunProcess.residentMib(process.pid())));
            print(timed, seconds, before, after, resident);
        }
    }

    private static void print(long assignments, double seconds, Map<String, Long> before, Map<String, Long> after,
            Map<String, Long> resident) {
        double total = 0;
        for (String name : before.keySet()) {
            total += after.get(name) - before.get(name);
        }
        System.out.printf("%n%d assignments in %.1f s: %.0f assignments/s%n%n", assignments, seconds,
                assignments / seconds);
        System.out.println("| Process | CPU (s) | ms of CPU per assignment | share | resident memory after (MiB) |");
        System.out.println("|---|---|---|---|---|");
        for (String name : before.keySet()) {
            double used = (after.get(name) - before.get(name)) / TICKS_PER_SECOND;
            System.out.printf("| %s | %.1f | %.2f | %.1f %% | %d |%n", name, used, used * 1000 / assignments,
                    100 * (after.get(name) - before.get(name)) / total, resident.get(name));
        }
        System.out.printf("| all | %.1f | %.2f | 100 %% | %d |%n", total / TICKS_PER_SECOND,
                total / TICKS_PER_SECOND * 1000 / assignments,
                resident.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Process infrastructure(Path data, LocalRunProcess.Ports ports) throws Exception {
        List<String> command = new ArrayList<>(java());
        command.addAll(LocalRunProcess.jvmOptions());
        command.add("-Didentity.accounts=" + BenchmarkStack.accounts(data).toUri());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LocalRun.class.getName()));
        ProcessBuilder builder = logged(new ProcessBuilder(command), data.resolve("infrastructure.log"));
        builder.environment().put("DONDOC_SERVICES", "apart");
        builder.environment().put("DONDOC_DATA_DIR", data.toString());
        builder.environment().put("DONDOC_KAFKA_PORT", Integer.toString(ports.kafka()));
        builder.environment().put("DONDOC_MONGO_PORT", Integer.toString(ports.mongo()));
        builder.environment().put("DONDOC_SMTP_PORT", Integer.toString(ports.smtp()));
        builder.environment().put("DONDOC_IDP_PORT", Integer.toString(ports.identity()));
        return started(builder);
    }

    /** A service on its own, with the settings {@code LocalRun} gives the services it starts. */
    private static Process service(Service service, Path data, LocalRunProcess.Ports ports) throws Exception {
        List<String> command = new ArrayList<>(java());
        command.addAll(LocalRunProcess.jvmOptions().stream().filter(option -> !option.startsWith("-Xmx")).toList());
        command.add(SERVICE_HEAP);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), service.application().getName(),
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + ports.kafka(),
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + ports.mongo(),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + ports.smtp(),
                "--" + LocalSystem.ISSUER_URI + "=http://localhost:" + ports.identity(),
                "--dondoc.web.base-url=http://localhost:8080", "--server.address=127.0.0.1",
                "--dondoc.eventing.sweep-interval=30s"));
        return started(logged(new ProcessBuilder(command), data.resolve(service.name().toLowerCase() + ".log")));
    }

    private static List<String> java() {
        return List.of(ProcessHandle.current().info().command().orElse("java"));
    }

    private static ProcessBuilder logged(ProcessBuilder builder, Path log) {
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private static Process started(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        // a harness stopped by Ctrl-C leaves no process behind
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    private static void awaitUp(URI uri, Map<String, Process> processes) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && (!uri.getPath().endsWith("health") || response.body().contains("\"UP\""))) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            if (System.nanoTime() > deadline || processes.values().stream().anyMatch(process -> !process.isAlive())) {
                throw new IllegalStateException(uri + " did not come up; see the logs in the data folder");
            }
            Thread.sleep(200);
        }
    }

    /** User + system CPU of each process so far, in clock ticks. */
    private static Map<String, Long> cpuTicks(Map<String, Process> processes) throws Exception {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Map.Entry<String, Process> process : processes.entrySet()) {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.getValue().pid()), "stat"));
            // fields after the command name in parentheses: state is field 3, utime 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.put(process.getKey(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        }
        return ticks;
    }

    private static String pids(Map<String, Process> processes) {
        StringBuilder text = new StringBuilder();
        processes.forEach((name, process) -> text.append(name).append(" pid ").append(process.pid()).append("; "));
        return text.toString();
    }

    private ServicesApartBenchmark() {
    }
}
