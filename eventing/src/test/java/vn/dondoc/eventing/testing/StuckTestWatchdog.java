package vn.dondoc.eventing.testing;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every thread's stack when a test class has run for longer than it should: a test JVM
 * that hangs (for instance while the test framework pauses the previous class's context) is
 * otherwise killed by surefire's fork timeout without a word on where it stood. The dump is printed
 * again while the class stays stuck; the blocked main thread comes last, where a CI log's tail
 * shows it. Registered for every module whose tests use this test jar (see
 * {@code META-INF/services}); {@code -Ddondoc.test.stuck-after=PT4M} sets the delay.
 */
public final class StuckTestWatchdog implements TestExecutionListener {

    private static final Duration DEFAULT_DELAY = Duration.ofMinutes(4);

    private final Duration delay;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stuck-test-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ScheduledFuture<?>> running = new ConcurrentHashMap<>();

    public StuckTestWatchdog() {
        this(Duration.parse(System.getProperty("dondoc.test.stuck-after", DEFAULT_DELAY.toString())), System.out);
    }

    StuckTestWatchdog(Duration delay, PrintStream out) {
        this.delay = delay;
        this.out = out;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (test.getSource().orElse(null) instanceof ClassSource source) {
            started(source.getClassName());
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.getSource().orElse(null) instanceof ClassSource source) {
            finished(source.getClassName());
        }
    }

    void started(String testClass) {
        long start = System.nanoTime();
        running.put(testClass, timer.scheduleAtFixedRate(() -> report(testClass, start),
                delay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    void finished(String testClass) {
        ScheduledFuture<?> watch = running.remove(testClass);
        if (watch != null) {
            watch.cancel(false);
        }
    }

    private void report(String testClass, long start) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        out.println("=== " + testClass + " has run for " + seconds + " s: every thread's stack, the main thread last");
        out.println(ThreadStacks.now());
        out.flush();
    }
}
