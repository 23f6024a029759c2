package vn.dondoc.task.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.task.assignment.AnAssignment;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.plan.TaskInstance;
import vn.dondoc.task.plan.TaskSchedule;

class TaskScheduleTest {

    static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);
    static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    @Test
    void givesSeed001Task25ItsQuarterIIIQuarterIVAndYearInstancesDueOnTheUnitsDeadlines() {
        IssuedPlan plan = plan(SEPTEMBER, YEAR_END, List.of("QUARTER", "YEAR"));

        List<TaskInstance> instances = TaskSchedule.instancesOf(plan,
                task("RECURRING", "Định kỳ hàng quý, năm"));

        assertThat(instances).extracting(TaskInstance::key, TaskInstance::label, TaskInstance::dueDate)
                .containsExactly(
                        // cut-off + 2 working days: Sun 14/09 → Tue 16/09; Sun 14/12 → Tue 16/12
                        tuple("2025-Q3", "Quý III/2025", LocalDate.of(2025, 9, 16)),
                        tuple("2025-Q4", "Quý IV/2025", LocalDate.of(2025, 12, 16)),
                        tuple("2025-Y", "Năm 2025", LocalDate.of(2025, 12, 16)));
    }

    @Test
    void givesThreeSixNineMonthsAndYearFourCumulativeInstancesAsTheLawMeansThem() {
        IssuedPlan plan = plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of());

        List<TaskInstance> instances = TaskSchedule.instancesOf(plan,
                task("RECURRING", "Định kỳ 3 tháng, 6 tháng, 9 tháng và năm"));

        assertThat(instances).extracting(TaskInstance::key, TaskInstance::label, TaskInstance::dueDate)
                .containsExactly(
                        tuple("2026-Q1", "Quý I/2026", LocalDate.of(2026, 3, 17)),
                        tuple("2026-H1", "6 tháng đầu năm 2026", LocalDate.of(2026, 6, 16)),
                        tuple("2026-9M", "9 tháng 2026", LocalDate.of(2026, 9, 16)),
                        tuple("2026-Y", "Năm 2026", LocalDate.of(2026, 12, 16)));
    }

    @Test
    void fallsBackToThePlansReportingPeriodsWhenTheTimeframeNamesNone() {
        IssuedPlan plan = plan(SEPTEMBER, YEAR_END, List.of("MONTH"));

        assertThat(TaskSchedule.instancesOf(plan, task("RECURRING", "Định kỳ")))
                .extracting(TaskInstance::key)
                .containsExactly("2025-M09", "2025-M10", "2025-M11", "2025-M12");
    }

    @Test
    void givesContinuousTasksOneAssignmentWithoutDeadlineAndEventDrivenOnesNoneUntilTheyOccur() {
        IssuedPlan plan = plan(SEPTEMBER, YEAR_END, List.of("QUARTER"));

        assertThat(TaskSchedule.instancesOf(plan, task("CONTINUOUS", "Thường xuyên")))
                .containsExactly(new TaskInstance(null, null, null));
        assertThat(TaskSchedule.instancesOf(plan, task("EVENT_DRIVEN", "Khi có phát sinh"))).isEmpty();
        assertThat(TaskSchedule.instancesOf(plan, task("ANCHORED_EXTERNAL", "Theo kế hoạch kiểm tra")))
                .isEmpty();
    }

    @Test
    void suffixesEachInstancesAssignmentIdWithItsPeriod() {
        IssuedPlan plan = plan(SEPTEMBER, YEAR_END, List.of());
        IssuedPlan.Task task = task("RECURRING", "Định kỳ hàng quý, năm");

        List<Assignment> assignments = TaskAssignment.assignmentsOf(plan.withTasks(List.of(task)),
                AnAssignment.ASSIGNED_ON.atStartOfDay(AnAssignment.ZONE).toInstant(), AnAssignment.ZONE);

        assertThat(assignments).extracting(Assignment::id, (Assignment a) -> a.deadline().dueDate()).containsExactly(
                tuple("P1:2.5:SKHCN.VP:2025-Q3", LocalDate.of(2025, 9, 16)),
                tuple("P1:2.5:SKHCN.CDS:2025-Q3", LocalDate.of(2025, 9, 16)),
                tuple("P1:2.5:SKHCN.VP:2025-Q4", LocalDate.of(2025, 12, 16)),
                tuple("P1:2.5:SKHCN.CDS:2025-Q4", LocalDate.of(2025, 12, 16)),
                tuple("P1:2.5:SKHCN.VP:2025-Y", LocalDate.of(2025, 12, 16)),
                tuple("P1:2.5:SKHCN.CDS:2025-Y", LocalDate.of(2025, 12, 16)));
    }

    @Test
    void dueOnTheUnitsDeadlineReportingServiceCountsOverWeekendsAndTet() {
        // Q1/2025: cut-off Fri 14/03 → Tue 18/03; February 2026: cut-off Sat 14/02, Tết 16–20/02 → Tue 24/02.
        IssuedPlan plan = plan(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 28), List.of());

        assertThat(TaskSchedule.instancesOf(plan, task("RECURRING", "Định kỳ hàng quý, năm")))
                .extracting(TaskInstance::key, TaskInstance::dueDate)
                .contains(tuple("2025-Q1", LocalDate.of(2025, 3, 18)));
        assertThat(TaskSchedule.instancesOf(plan, task("RECURRING", "Hằng tháng")))
                .extracting(TaskInstance::key, TaskInstance::dueDate)
                .contains(tuple("2026-M02", LocalDate.of(2026, 2, 24)));
    }

    private static IssuedPlan plan(LocalDate start, LocalDate end, List<String> periods) {
        return new IssuedPlan("P1", "141/KH-SKHCN", "SKHCN", List.of(), start, end, periods);
    }

    private static IssuedPlan.Task task(String kind, String text) {
        return new IssuedPlan.Task("2.5", "2.5", "Báo cáo kết quả thực hiện", List.of("SKHCN.VP"),
                List.of("SKHCN.CDS"), null, kind, text);
    }
}
