package vn.dondoc.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;
import vn.dondoc.local.LocalSystem.Service;

/**
 * Drives the whole embedded stack: throughput of issued plans until every assignment is stored,
 * published, counted and in an inbox; the raw kafka-clients round trip on the same broker; latency
 * of a 100-task plan at a steady load; query times with many assignments stored; start-up and
 * memory. Each run starts a fresh stack. Arguments: {@code runs plans tasks latencyPlans
 * queryAssignments report}.
 */
public final class EndToEndBenchmark {

    /**
     * One 100-task plan (200 assignments) every 2 s: 100 assignments/s, below what the pipeline
     * sustains, so the latency is the pipeline's and not a queue's.
     */
    private static final long LATENCY_PACE_NANOS = 2_000_000_000L;
    /** Plans offered at the same pace before the timed ones: the first plan after the throughput phase is not steady load. */
    static final int LATENCY_WARM_UP = 2;
    /** Requests before the timed ones (each unit twice), so that the JIT has compiled the query path. */
    static final int QUERY_WARM_UP = 40;
    /** Timed requests per query (each unit five times), enough for a p99 that is not just the maximum. */
    static final int QUERY_REQUESTS = 100;

    /** Page loads before the timed ones. */
    static final int PAGE_WARM_UP = 20;
    /** Timed loads per page. */
    static final int PAGE_REQUESTS = 100;

    /** The pipeline's department: its plans, units and accounts. */
    static final String DEPARTMENT = "BENCH";

    /**
     * @param departments how many departments of the province the assignments for the queries are
     *                    spread over (system property {@code dondoc.bench.departments}, default 20; 1:
     *                    all in the pipeline's department, as until session 11)
     * @param warmUpPlans plans put through the pipeline, the same way and timed on their own, before the
     *                    timed throughput phase (system property {@code dondoc.bench.warmUpPlans},
     *                    default 0: the timed plans are a fresh stack's first, as until session 14)
     */
    record Settings(int runs, int plans, int tasks, int latencyPlans, int queryAssignments, Path report,
            int departments, int warmUpPlans) {

        static Settings of(String[] args) {
            return new Settings(arg(args, 0, 3), arg(args, 1, 100), arg(args, 2, 100), arg(args, 3, 30),
                    arg(args, 4, 100_000), Path.of(args.length > 5 ? args[5] : "docs/benchmarks.md"),
                    Integer.getInteger("dondoc.bench.departments", 20), EndToEndBenchmark.warmUpPlans());
        }

        private static int arg(String[] args, int index, int fallback) {
            return args.length > index ? Integer.parseInt(args[index]) : fallback;
        }
    }

    /** System property {@code dondoc.bench.warmUpPlans}: plans put through before the timed ones (default 0). */
    static int warmUpPlans() {
        return Integer.getInteger("dondoc.bench.warmUpPlans", 0);
    }

    /** @param freshStackPerSecond the warm-up plans' throughput, NaN without warm-up */
    record RunResult(long startupMillis, long idleRssMib, long loadRssMib, double freshStackPerSecond,
            double assignmentsPerSecond,
            double rawPerSecond, Histogram latencyMillis, Histogram reportMicros, Histogram openWorkMicros,
            long storedAssignments, Histogram dashboardPageMicros, Histogram workPageMicros) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.of(args);
        List<RunResult> results = new ArrayList<>();
        for (int run = 1; run <= settings.runs(); run++) {
            System.out.printf("== run %d of %d%n", run, settings.runs());
            results.add(runOnce(settings));
            System.gc();
        }
        BenchmarkReport.write(settings, results);
        System.out.println("Report written to " + settings.report().toAbsolutePath());
        System.exit(0);
    }

    private static RunResult runOnce(Settings settings) throws Exception {
        int perPlan = settings.tasks() * BenchmarkPlans.ASSIGNMENTS_PER_TASK;
        try (BenchmarkStack stack = BenchmarkStack.start();
                StoreProbe store = new StoreProbe(stack.mongoUri);
                TaskAssignedWatch watch = new TaskAssignedWatch(stack.kafkaBootstrap, perPlan)) {
            Thread.sleep(2000); // let the consumers join their groups before the clock starts
            long idleRss = stack.residentMib();
            BenchmarkPlans plans = new BenchmarkPlans(stack.url(Service.PLAN, "/plans"), DEPARTMENT, stack.officeToken);

            int warmUp = settings.warmUpPlans();
            long expected = (long) warmUp * perPlan;
            double freshStack = Double.NaN;
            long warmUpRss = 0;
            if (warmUp > 0) {
                long start = System.nanoTime();
                issueConcurrently(plans, 0, warmUp, settings.tasks());
                warmUpRss = awaitCaughtUp(stack, store, watch, expected);
                freshStack = expected / ((System.nanoTime() - start) / 1e9);
                System.out.printf("warm-up, the fresh stack's first %d plans: %.0f assignments/s%n", warmUp, freshStack);
            }
            long timed = (long) settings.plans() * perPlan;
            expected += timed;
            long begin = System.nanoTime();
            issueConcurrently(plans, warmUp, settings.plans(), settings.tasks());
            long loadRss = Math.max(warmUpRss, awaitCaughtUp(stack, store, watch, expected));
            double throughput = timed / ((System.nanoTime() - begin) / 1e9);
            System.out.printf("pipeline: %.0f assignments/s%n", throughput);

            double raw = RawKafkaBaseline.run(stack.kafkaBootstrap, timed);
            System.out.printf("raw kafka-clients: %.0f assignments/s%n", raw);

            for (int n = -LATENCY_WARM_UP; n < settings.latencyPlans(); n++) {
                long paced = System.nanoTime() + LATENCY_PACE_NANOS;
                long posted = System.nanoTime();
                String planId = plans.issue(warmUp + settings.plans() + LATENCY_WARM_UP + n, settings.tasks());
                if (n >= 0) {
                    watch.posted(planId, posted, (System.nanoTime() - posted) / 1_000_000, System.currentTimeMillis());
                }
                java.util.concurrent.locks.LockSupport.parkNanos(paced - System.nanoTime());
            }
            expected += (long) (LATENCY_WARM_UP + settings.latencyPlans()) * perPlan;
            loadRss = Math.max(loadRss, awaitCaughtUp(stack, store, watch, expected));
            Histogram latency = watch.latencies();
            System.out.printf("latency p50 %d ms p99 %d ms%n", latency.getValueAtPercentile(50),
                    latency.getValueAtPercentile(99));
            System.out.println("latency stages, medians (ms): " + watch.stageMedians());

            long stored = expected;
            if (settings.queryAssignments() > expected) {
                ProvinceSpread province = new ProvinceSpread(DEPARTMENT, settings.departments());
                long filling = System.nanoTime();
                try (StoreFill fill = new StoreFill(stack.mongoUri, province)) {
                    stored = fill.fill("dondoc-task", "assignments", settings.queryAssignments());
                    fill.fill("dondoc-reporting", "assigned_tasks", settings.queryAssignments());
                    // the plans the other departments' assignments name, as task-service and reporting-service know them
                    fill.copyToEveryDepartment("dondoc-task", "plans");
                    for (String planCollection : List.of("plan_coverage", "plan_links", "plan_regimes")) {
                        fill.copyToEveryDepartment("dondoc-reporting", planCollection);
                    }
                }
                System.out.printf("stored %d assignments for the queries over %d departments (%s: %d) in %.0f s%n",
                        stored, province.departments(), DEPARTMENT,
                        province.share(0, settings.queryAssignments(), expected), (System.nanoTime() - filling) / 1e9);
                settle(stack);
            }
            QueryProbe queries = new QueryProbe(stack.officeToken);
            String quarter = currentQuarter();
            Histogram report = queries.time(i -> stack.url(Service.REPORTING,
                    "/units/" + BenchmarkPlans.unit(DEPARTMENT, i) + "/figures?period=" + quarter), QUERY_WARM_UP, QUERY_REQUESTS);
            Histogram openWork = queries.time(i -> stack.url(Service.TASK,
                    "/units/" + BenchmarkPlans.unit(DEPARTMENT, i) + "/assignments?open=true&page=0&size=50"), QUERY_WARM_UP, QUERY_REQUESTS);
            System.out.printf("queries at %d assignments: report p99 %d us, open work p99 %d us%n",
                    stored, report.getValueAtPercentile(99), openWork.getValueAtPercentile(99));
            // the dashboard's three service calls, each on its own: where its time goes
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
            Histogram departmentReport = queries.time(i -> stack.url(Service.REPORTING,
                    "/departments/" + DEPARTMENT + "/reports/" + quarter + "?asOf=" + today), QUERY_WARM_UP, QUERY_REQUESTS);
            Histogram overdue = queries.time(i -> stack.url(Service.TASK,
                    "/overdue?asOf=" + today + "&page=0&size=50"), QUERY_WARM_UP, QUERY_REQUESTS);
            Histogram dueSoon = queries.time(i -> stack.url(Service.TASK,
                    "/due-soon?asOf=" + today + "&days=3&page=0&size=50"), QUERY_WARM_UP, QUERY_REQUESTS);
            System.out.printf("dashboard's calls at %d assignments: department report p50 %d us p95 %d us,"
                    + " overdue p50 %d us p95 %d us, due soon p50 %d us p95 %d us%n", stored,
                    departmentReport.getValueAtPercentile(50), departmentReport.getValueAtPercentile(95),
                    overdue.getValueAtPercentile(50), overdue.getValueAtPercentile(95),
                    dueSoon.getValueAtPercentile(50), dueSoon.getValueAtPercentile(95));
            Histogram dashboardPage = WebPageProbe.signedIn(stack.webUrl(), BenchmarkStack.OFFICE_ACCOUNT,
                    BenchmarkStack.BENCH_PASSWORD).time("/dashboard", PAGE_WARM_UP, PAGE_REQUESTS);
            Histogram workPage = WebPageProbe.signedIn(stack.webUrl(), BenchmarkStack.UNIT_ACCOUNT,
                    BenchmarkStack.BENCH_PASSWORD).time("/work", PAGE_WARM_UP, PAGE_REQUESTS);
            loadRss = Math.max(loadRss, stack.residentMib());
            System.out.printf("pages at %d assignments: dashboard p95 %d us, unit's work p95 %d us%n", stored,
                    dashboardPage.getValueAtPercentile(95), workPage.getValueAtPercentile(95));
            return new RunResult(stack.startupMillis, idleRss, loadRss, freshStack, throughput, raw, latency, report,
                    openWork, stored, dashboardPage, workPage);
        }
    }

    /**
     * After a bulk fill the stack's JVM still holds the fill's young objects (a million documents'
     * index entries), which the next young collections would copy while queries are timed — pauses
     * of 0.2–1.2 s that a store filled over months never shows — and the store may still be writing.
     * One full collection, then a wait until the stack uses less than a fifth of a core over 5 s.
     */
    private static void settle(BenchmarkStack stack) throws InterruptedException {
        long begin = System.nanoTime();
        boolean collected = stack.collectGarbage();
        java.time.Duration quiet = stack.awaitQuiet(0.2, java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(3));
        System.out.printf("settled in %.0f s (full collection %s, then %.0f s until quiet)%n",
                (System.nanoTime() - begin) / 1e9, collected ? "done" : "not possible", quiet.toMillis() / 1000.0);
    }

    /** The reporting quarter of today in Asia/Ho_Chi_Minh, as the figures API names it ({@code 2026-Q4}). */
    private static String currentQuarter() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    static void issueConcurrently(BenchmarkPlans plans, int first, int count, int tasks)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> issued = new ArrayList<>();
            for (int n = first; n < first + count; n++) {
                int number = n;
                issued.add(clients.submit(() -> plans.issue(number, tasks)));
            }
            for (Future<String> plan : issued) {
                plan.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    /** Waits until the stores have caught up; returns the highest resident memory seen meanwhile. */
    private static long awaitCaughtUp(BenchmarkStack stack, StoreProbe store, TaskAssignedWatch watch,
            long expected) throws InterruptedException {
        long[] maxRss = {stack.residentMib()};
        awaitCaughtUp(store, watch, expected, () -> maxRss[0] = Math.max(maxRss[0], stack.residentMib()));
        return maxRss[0];
    }

    /**
     * Waits (at most 30 min) until every assignment is stored, published, counted and in an inbox,
     * printing the progress every 2 s; {@code meanwhile} runs at each check (every 100 ms).
     */
    static void awaitCaughtUp(StoreProbe store, TaskAssignedWatch watch, long expected, Runnable meanwhile)
            throws InterruptedException {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        long nextReport = System.nanoTime();
        while (!store.allCaughtUp(expected, watch.published())) {
            if (System.nanoTime() > nextReport) {
                System.out.printf("  of %d: stored %d, published %d, counted %d, inbox %d%n", expected,
                        store.assignmentsStored(), watch.published(), store.countedByReporting(),
                        store.inboxMessages());
                nextReport = System.nanoTime() + 2_000_000_000L;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("pipeline did not catch up with " + expected + " assignments");
            }
            Thread.sleep(100);
            meanwhile.run();
        }
    }

    private EndToEndBenchmark() {
    }
}
