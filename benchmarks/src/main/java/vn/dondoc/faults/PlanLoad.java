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
    /** Plan numbers not sent yet, in order. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Integer> waiting = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private int queued;
    private final AtomicLong notAnswered201 = new AtomicLong();
    private volatile boolean stopped;
    private ExecutorService clients;
    /** When the current sending began, and how far apart plan numbers start ({@code 0}: at once). */
    private volatile long startedAt;
    private volatile long spacingNanos;
    private volatile int firstOfThisSending;

    /** Plans of {@code tasksPerPlan} tasks for the stack's plan-service, sent as its department office. */
    static PlanLoad on(FaultStack stack, int tasksPerPlan) {
        return new PlanLoad(stack.url(vn.dondoc.local.LocalSystem.Service.PLAN, "/plans"), stack.officeToken(), tasksPerPlan);
    }

    PlanLoad(String plansUrl, String token, int tasksPerPlan) {
        this.plans = new BenchmarkPlans(plansUrl, "BENCH", token);
        this.tasksPerPlan = tasksPerPlan;
    }

    /** Starts sending the plans not sent yet, up to number {@code until - 1}; returns at once. */
    void send(int until) {
        send(until, java.time.Duration.ZERO);
    }

    /**
     * As {@link #send(int)}, spread evenly over {@code spread}: plan {@code n} of this sending starts no
     * earlier than {@code n / count × spread} after now, so the requests are under way for that long
     * whatever the machine's speed (a fault injected inside it meets requests in flight).
     */
    void send(int until, java.time.Duration spread) {
        firstOfThisSending = queued;
        int count = Math.max(1, until - queued);
        spacingNanos = spread.toNanos() / count;
        startedAt = System.nanoTime();
        while (queued < until) {
            waiting.add(queued++);
        }
        stopped = false;
        clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(this::sendUntilDone);
        }
        clients.shutdown();
    }

    private void sendUntilDone() {
        Integer number;
        while (!stopped && (number = waiting.poll()) != null) {
            if (stopped) { // stopped while taking the number: it goes back, unsent
                waiting.add(number);
                return;
            }
            long due = startedAt + (number - firstOfThisSending) * spacingNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
                if (stopped) {
                    waiting.add(number);
                    return;
                }
            }
            sent.incrementAndGet();
            try {
                answered.put(number, plans.issue(number, tasksPerPlan));
            } catch (Exception refusedOrCut) {
                notAnswered201.incrementAndGet();
            }
        }
    }

    /** Waits until the request of the {@code count}-th plan (of all sendings) has started. */
    void awaitStarted(int count) throws InterruptedException {
        while (sent.get() < count) {
            Thread.sleep(1);
        }
    }

    /** Waits until every plan was sent (or the load was stopped). */
    void awaitSent() throws InterruptedException {
        clients.awaitTermination(30, TimeUnit.MINUTES);
    }

    /** No new request starts from now on; requests under way end as they end. */
    void stopSending() {
        stopped = true;
    }

    /** Stops sending and waits for the requests under way. */
    void stop() throws InterruptedException {
        stopSending();
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
        return sent.get();
    }

    int tasksPerPlan() {
        return tasksPerPlan;
    }
}
