package vn.dondoc.eventing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class StuckTestWatchdogTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final StuckTestWatchdog watchdog = new StuckTestWatchdog(Duration.ofMillis(200),
            new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void printsTheStackOfTheThreadWaitingForALockAndWhoHoldsItWhenAClassRunsTooLong() throws Exception {
        Object lock = new Object();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread blocked = new Thread(() -> {
            waiting.countDown();
            synchronized (lock) {
                lock.notifyAll();
            }
        }, "blocked-by-the-test");
        synchronized (lock) {
            blocked.start();
            waiting.await();
            watchdog.started("vn.dondoc.SomeStuckTest");
            await().atMost(Duration.ofSeconds(10)).until(() -> text().contains("\"blocked-by-the-test\""));
        }
        watchdog.finished("vn.dondoc.SomeStuckTest");
        blocked.join(5_000);

        String dump = text();
        assertThat(dump).contains("=== vn.dondoc.SomeStuckTest has run for 0 s");
        assertThat(dump).containsPattern("\"blocked-by-the-test\" #\\d+ BLOCKED on java.lang.Object@\\w+ held by \"main\"");
        assertThat(dump).contains("StuckTestWatchdogTest.lambda$");
        assertThat(dump.lastIndexOf("\"main\" #")).as("the main thread comes last")
                .isGreaterThan(dump.lastIndexOf("\"blocked-by-the-test\""));
    }

    @Test
    void saysNothingAboutAClassThatFinishesInTime() {
        watchdog.started("vn.dondoc.SomeQuickTest");
        watchdog.finished("vn.dondoc.SomeQuickTest");

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> text().isEmpty());
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
