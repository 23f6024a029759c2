package vn.dondoc.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The scenarios with a load of plans: {@code kill -9} of the whole local run at a random moment
 * and a restart on the same data; the broker or the store stopped for a while in the middle of the
 * load. Each ends with the {@link PipelineAudit}.
 */
final class CrashScenarios {

    /** 50 plans of 100 tasks, one lead and one coordinator each: 10,000 assignments. */
    static final int PLANS = 50;
    static final int TASKS = 100;
    static final Duration SETTLE_LIMIT = Duration.ofMinutes(10);
    /** How long the plans of a crash or outage scenario take to send: the kill or the outage falls inside it. */
    static final Duration SENDING = Duration.ofSeconds(20);

    private final Random random;

    CrashScenarios(Random random) {
        this.random = random;
    }

    /**
     * Sends the plans spread over {@link #SENDING} and kills the run 20 ms after a random plan's request
     * (the 5th to the 45th) went out, so the kill cuts that request in flight (a plan's registration
     * takes about 100 ms) while the pipeline works on the plans already answered; restarts the run,
     * sends the rest, audits.
     */
    Outcome killAndRestart(int run) throws Exception {
        int killAtPlan = 5 + random.nextInt(PLANS - 9);
        try (FaultStack stack = FaultStack.start("crash" + run);
                PipelineAudit audit = PipelineAudit.of(stack, TASKS)) {
            PlanLoad load = PlanLoad.on(stack, TASKS);
            long begin = System.nanoTime();
            load.send(PLANS, SENDING);
            load.awaitStarted(killAtPlan);
            Thread.sleep(20);
            load.stopSending(); // the requests under way are cut by the kill; the rest are sent after the restart
            stack.kill();
            double killAfter = (System.nanoTime() - begin) / 1e9;
            load.stop();
            int answeredAtKill = load.answered().size();
            int sentAtKill = load.sent();
            System.out.printf("killed %.1f s into the load: %d plans answered 201, %d sent%n", killAfter,
                    answeredAtKill, sentAtKill);
            double restart = stack.restart();
            load.send(PLANS);
            load.awaitSent();
            double settled = audit.awaitSettled(SETTLE_LIMIT);
            PipelineAudit.Findings findings = audit.audit(load.answered());
            List<String> details = new ArrayList<>();
            details.add("killed %.1f s into the load, %d plans answered 201 and %d sent by then; restarted in %.0f s"
                    .formatted(killAfter, answeredAtKill, sentAtKill, restart));
            details.add("after the restart the other %d plans sent; %d not answered 201 in all (cut by the kill)"
                    .formatted(PLANS - sentAtKill, load.notAnswered201()));
            details.add(describe(findings, settled));
            return new Outcome("kill -9 run " + run, details, findings.failures());
        }
    }

    /**
     * Sends the plans spread over {@link #SENDING}, stops the broker (or the store) 5 s into it for
     * {@code down} (so most requests meet the outage), starts it again, audits.
     */
    Outcome outage(FaultStack.Part part, Duration down) throws Exception {
        try (FaultStack stack = FaultStack.start(part.path);
                PipelineAudit audit = PipelineAudit.of(stack, TASKS)) {
            PlanLoad load = PlanLoad.on(stack, TASKS);
            load.send(PLANS, SENDING);
            Thread.sleep(5000);
            int answeredBefore = load.answered().size();
            stack.stopPart(part);
            Thread.sleep(down.toMillis());
            int answeredWhileDown = load.answered().size() - answeredBefore;
            stack.startPart(part);
            load.awaitSent();
            double settled = audit.awaitSettled(SETTLE_LIMIT);
            PipelineAudit.Findings findings = audit.audit(load.answered());
            List<String> details = new ArrayList<>();
            details.add("%s stopped 5 s into the load (%d plans answered 201 by then) for %d s; %d plans answered 201 while it was down, %d not answered 201 in all"
                    .formatted(part.path, answeredBefore, down.toSeconds(), answeredWhileDown, load.notAnswered201()));
            details.add(describe(findings, settled));
            return new Outcome(part.path + " down " + down.toSeconds() + " s", details, findings.failures());
        }
    }

    static String describe(PipelineAudit.Findings f, double settledSeconds) {
        return ("%d plans answered 201, %d stored (%d answered but missing); %d stored plans lacking assignments;"
                + " %d assignments; task-assigned %d records, %d distinct ids, %d assignments unpublished;"
                + " reporting counts %d; inbox %d; duplicated effects %d; dead letters %d; settled %.0f s after the load")
                .formatted(f.answered201(), f.plansStored(), f.answeredButNotStored(), f.plansMissingAssignments(),
                        f.assignments(), f.taskAssignedRecords(), f.taskAssignedDistinctIds(),
                        f.assignmentsNotPublished(), f.countedByReporting(), f.inboxMessages(), f.duplicatedEffects(),
                        f.deadLetters(), settledSeconds);
    }
}
