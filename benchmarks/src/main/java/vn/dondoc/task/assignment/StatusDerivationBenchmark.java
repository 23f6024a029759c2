package vn.dondoc.task.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;
import vn.dondoc.task.status.AssignmentStatusPolicy;
import vn.dondoc.task.status.DerivedStatus;

/**
 * Status derivation for an as-of date, on a fresh assignment and on one with a history of progress,
 * a returned result, an approved extension and a resubmission. In the package of the domain to use
 * its package-private factories.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StatusDerivationBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private Assignment fresh;
    private Assignment withHistory;

    @Setup
    public void assign() {
        IssuedPlan plan = new IssuedPlan("P1", "257/KH-SKHCN", "SKHCN", List.of(new IssuedPlan.Task(
                "T1", "1", "Rà soát thủ tục hành chính", List.of("SKHCN.VP"), List.of("SKHCN.CDS"), DUE)));
        fresh = TaskAssignment.assignmentsOf(plan, at(LocalDate.of(2026, 1, 10)), ZONE).get(0);
        Assignment a = on(fresh, LocalDate.of(2026, 1, 12), new AssignmentCommand.Acknowledge());
        a = on(a, LocalDate.of(2026, 2, 1), new AssignmentCommand.ReportProgress(40, "Đang rà soát"));
        a = on(a, LocalDate.of(2026, 3, 1), new AssignmentCommand.SubmitResult("Báo cáo kết quả"));
        a = on(a, LocalDate.of(2026, 3, 3), new AssignmentCommand.ReviewResult(false, "Bổ sung số liệu"));
        a = on(a, LocalDate.of(2026, 3, 20), new AssignmentCommand.RequestExtension(
                LocalDate.of(2026, 4, 30), "Chờ số liệu"));
        a = on(a, LocalDate.of(2026, 3, 21), new AssignmentCommand.DecideExtension(true, "Đồng ý"));
        withHistory = on(a, LocalDate.of(2026, 4, 20), new AssignmentCommand.SubmitResult("Bản bổ sung"));
    }

    @Benchmark
    public DerivedStatus freshAssignment() {
        return AssignmentStatusPolicy.derive(fresh, LocalDate.of(2026, 3, 29));
    }

    @Benchmark
    public DerivedStatus assignmentWithSevenHistoryLines() {
        return AssignmentStatusPolicy.derive(withHistory, LocalDate.of(2026, 4, 25));
    }

    private static Assignment on(Assignment assignment, LocalDate day, AssignmentCommand command) {
        return AssignmentActions.next(assignment, command, "benchmark", day.toString() + command.action(),
                at(day), day);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }
}
