package vn.dondoc.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code ./run-faults.sh [scenario…]}: runs the fault scenarios against the local run in its own
 * process and writes their figures into {@code docs/reliability.md}. Scenarios: {@code crash}
 * (five {@code kill -9} runs of a 10,000-assignment load), {@code broker} (stopped 60 s),
 * {@code store} (stopped 120 s), {@code smtp} (down 5 min), {@code fuzz} (bad input over every
 * endpoint); none named: all. Exits 1 when a check failed.
 */
public final class FaultSuite {

    static final int CRASH_RUNS = 5;

    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        List<String> scenarios = args.length == 0 ? List.of("crash", "broker", "store", "smtp", "fuzz")
                : Arrays.asList(args);
        long seed = Long.getLong("faults.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("fault suite, seed " + seed + " (-Dfaults.seed to repeat it): " + scenarios);
        CrashScenarios crashes = new CrashScenarios(random);
        Path report = Path.of(System.getProperty("faults.report", "docs/reliability.md"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<Outcome> all = new ArrayList<>();
        for (String scenario : scenarios) {
            List<Outcome> outcomes = new ArrayList<>();
            switch (scenario) {
                case "crash" -> {
                    for (int run = 1; run <= CRASH_RUNS; run++) {
                        outcomes.add(print(crashes.killAndRestart(run)));
                    }
                }
                case "broker" -> outcomes.add(print(crashes.outage(FaultStack.Part.BROKER, Duration.ofSeconds(60))));
                case "store" -> outcomes.add(print(crashes.outage(FaultStack.Part.STORE, Duration.ofSeconds(120))));
                case "smtp" -> outcomes.add(print(new MailOutage().run(Duration.ofMinutes(5))));
                case "fuzz" -> outcomes.add(print(new BadInputFuzz(random).run()));
                default -> throw new IllegalArgumentException("unknown scenario " + scenario
                        + " (crash, broker, store, smtp, fuzz)");
            }
            ReliabilityFigures.write(report, scenario, today, seed, outcomes);
            all.addAll(outcomes);
        }
        long failed = all.stream().filter(o -> !o.passed()).count();
        System.out.printf("%n%d of %d checks passed; figures written to %s%n", all.size() - failed,
                all.size(), report.toAbsolutePath());
        System.exit(failed == 0 ? 0 : 1);
    }

    private static Outcome print(Outcome outcome) {
        System.out.printf("%n%s %s%n", outcome.passed() ? "PASS" : "FAIL", outcome.scenario());
        outcome.details().forEach(line -> System.out.println("  " + line));
        outcome.failures().forEach(line -> System.out.println("  ✗ " + line));
        return outcome;
    }
}
