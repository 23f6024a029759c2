package vn.dondoc.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import vn.dondoc.local.LocalSystem.Service;

/**
 * The embedded stack exactly as {@code ./run-local.sh} runs it — its own JVM with the options of
 * {@code local-run/jvm.options}, a KRaft broker, the H2-backed store, embedded SMTP and the four
 * services on 8081–8084 — with the data in a fresh folder and the broker, store and SMTP on free
 * ports. Its own process, so that start-up and resident memory are the stack's, not the harness's.
 */
public final class BenchmarkStack implements AutoCloseable {

    public static final String BENCH_PASSWORD = "bench-local";
    /** The office of the benchmark's department. */
    public static final String OFFICE_ACCOUNT = "vanphong.bench";
    /** Staff of one unit of it, whose work page is timed. */
    public static final String UNIT_ACCOUNT = "u03.bench";
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

    /** Clock ticks of {@code /proc/<pid>/stat} per second (USER_HZ, 100 on Linux). */
    private static final int TICKS_PER_SECOND = 100;

    private final LocalRunProcess process;
    final String kafkaBootstrap;
    final String mongoUri;
    final long startupMillis;
    /** An office token of the benchmark's department BENCH, signed in at the stack's identity provider. */
    final String officeToken;

    private BenchmarkStack(LocalRunProcess process, String officeToken) {
        this.process = process;
        this.kafkaBootstrap = process.kafkaBootstrap();
        this.mongoUri = process.mongoUri();
        this.startupMillis = process.startupMillis();
        this.officeToken = officeToken;
    }

    static BenchmarkStack start() throws Exception {
        Path data = Files.createTempDirectory("dondoc-bench");
        LocalRunProcess process = LocalRunProcess.start(data, LocalRunProcess.Ports.free(), accounts(data));
        // the office of the benchmark's department, signed in at the stack's identity provider (valid 1 h)
        return new BenchmarkStack(process, process.token(OFFICE_ACCOUNT, BENCH_PASSWORD));
    }

    /** Writes the benchmark's accounts for the identity provider into {@code data}. */
    public static Path accounts(Path data) throws IOException {
        Path accounts = data.resolve("bench-accounts.yml");
        Files.writeString(accounts, BENCH_ACCOUNTS);
        return accounts;
    }

    /** The web application of the stack (the port {@code ./run-local.sh} gives it). */
    URI webUrl() {
        return URI.create("http://localhost:8080/");
    }

    String url(Service service, String path) {
        return process.url(service, path);
    }

    /** Resident memory of the stack's process (broker, store and services are all in it), in MiB. */
    long residentMib() {
        return process.residentMib();
    }

    /** A full collection in the stack's JVM; false when it could not be asked. */
    boolean collectGarbage() throws InterruptedException {
        return process.collectGarbage();
    }

    /**
     * Waits until the stack's process has used less than {@code cores} of the CPU over a window
     * ({@code /proc} ticks), at most {@code limit}: after a bulk fill the store and the collector are
     * still busy for a while, which is not what a query meets on a settled system. Returns the time waited.
     */
    Duration awaitQuiet(double cores, Duration window, Duration limit) throws InterruptedException {
        long begin = System.nanoTime();
        long ticks = process.cpuTicks();
        while (ticks >= 0 && System.nanoTime() - begin < limit.toNanos()) {
            Thread.sleep(window.toMillis());
            long now = process.cpuTicks();
            double used = (now - ticks) / (double) TICKS_PER_SECOND / (window.toMillis() / 1000.0);
            ticks = now;
            if (now < 0 || used < cores) {
                break;
            }
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    @Override
    public void close() throws InterruptedException {
        process.stop();
    }
}
