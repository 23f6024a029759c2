package vn.dondoc.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.dondoc.bench.BenchmarkPlans;

/**
 * Registers numbered plans of the department BENCH from four clients at once and remembers which
 * were answered {@code 201} (and with which id); a refused or unanswered request is counted, not
 * retried: whether such a plan was stored is the system's business, and the audit checks it.
 */
final class PlanLoad {

    static final int CLIENTS = 4;

    private final BenchmarkPlans plans;
    private final int tasksPerPlan;
    private final Map<Integer, String> answered = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong notAnswered201 = new AtomicLong();
    private volatile int end;
    private volatile boolean stopped;
    private ExecutorService clients;

    PlanLoad(String plansUrl, String token, int tasksPerPlan) {
        this.plans = new BenchmarkPlans(plansUrl, "BENCH", token);
        this.tasksPerPlan = tasksPerPlan;
    }

    /** Starts sending plans number {@code next} up to {@code end - 1}; returns at once. */
    void send(int until) {
        end = until;
        stopped = false;
        clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(this::sendUntilDone);
        }
        clients.shutdown();
    }

    private void sendUntilDone() {
        int number;
        while (!stopped && (number = next.getAndIncrement()) < end) {
            try {
                answered.put(number, plans.issue(number, tasksPerPlan));
            } catch (Exception refusedOrCut) {
                notAnswered201.incrementAndGet();
            }
        }
    }

    /** Waits until every plan was sent (or the load was stopped). */
    void awaitSent() throws InterruptedException {
        clients.awaitTermination(30, TimeUnit.MINUTES);
    }

    /** Stops sending new plans; requests under way end as they end. */
    void stop() throws InterruptedException {
        stopped = true;
        clients.awaitTermination(2, TimeUnit.MINUTES);
    }

    /** The ids of the plans answered {@code 201}. */
    Map<Integer, String> answered() {
        return Map.copyOf(answered);
    }

    long notAnswered201() {
        return notAnswered201.get();
    }

    /** Plans whose request was started. */
    int sent() {
        return Math.min(next.get(), end);
    }

    int tasksPerPlan() {
        return tasksPerPlan;
    }
}
