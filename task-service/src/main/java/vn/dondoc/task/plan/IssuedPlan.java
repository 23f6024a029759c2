package vn.dondoc.task.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.PersistenceCreator;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * An issued plan as task-service needs it: which units hold which role on which task, and over
 * which time it runs.
 *
 * @param coverageStart    first day the plan covers, or {@code null} (then its issue date)
 * @param coverageEnd      last day the plan covers, or {@code null} (then 31/12 of that year)
 * @param reportingPeriods the periods the plan's reporting requirement names (MONTH, QUARTER, …)
 */
public record IssuedPlan(
        String planId,
        String number,
        String departmentCode,
        List<Task> tasks,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        List<String> reportingPeriods) {

    public IssuedPlan {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        reportingPeriods = reportingPeriods == null ? List.of() : List.copyOf(reportingPeriods);
    }

    /** A plan without coverage and reporting requirement. */
    public IssuedPlan(String planId, String number, String departmentCode, List<Task> tasks) {
        this(planId, number, departmentCode, tasks, null, null, List.of());
    }

    /** The same plan with other tasks. */
    public IssuedPlan withTasks(List<Task> changed) {
        return new IssuedPlan(planId, number, departmentCode, changed, coverageStart, coverageEnd,
                reportingPeriods);
    }

    /** The task with this id, or {@code null}. */
    public Task task(String taskId) {
        return tasks.stream().filter(task -> task.taskId().equals(taskId)).findFirst().orElse(null);
    }

    /**
     * One task and its units.
     *
     * @param timeframeKind CONTINUOUS, FIXED_DEADLINE, RECURRING, EVENT_DRIVEN, ANCHORED_EXTERNAL,
     *                      UNSPECIFIED or {@code null} (a plan typed in as JSON)
     * @param timeframeText the timeframe as written ("Định kỳ hàng quý, năm"), or {@code null}
     * @param leadUnitsToDesignate        phrases for lead units the office designates ("Các phòng,
     *                                    đơn vị có liên quan"), as the plan wrote them
     * @param coordinatorUnitsToDesignate the same for coordinating units
     */
    public record Task(
            String taskId,
            String number,
            String content,
            List<String> leadUnits,
            List<String> coordinatorUnits,
            LocalDate dueDate,
            String timeframeKind,
            String timeframeText,
            List<String> leadUnitsToDesignate,
            List<String> coordinatorUnitsToDesignate) {

        @PersistenceCreator
        public Task {
            leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
            coordinatorUnits = coordinatorUnits == null ? List.of() : List.copyOf(coordinatorUnits);
            leadUnitsToDesignate = leadUnitsToDesignate == null ? List.of() : List.copyOf(leadUnitsToDesignate);
            coordinatorUnitsToDesignate = coordinatorUnitsToDesignate == null ? List.of()
                    : List.copyOf(coordinatorUnitsToDesignate);
        }

        /** A task whose units are all named. */
        public Task(String taskId, String number, String content, List<String> leadUnits,
                List<String> coordinatorUnits, LocalDate dueDate, String timeframeKind, String timeframeText) {
            this(taskId, number, content, leadUnits, coordinatorUnits, dueDate, timeframeKind, timeframeText,
                    List.of(), List.of());
        }

        /** A task without timeframe kind and text. */
        public Task(String taskId, String number, String content, List<String> leadUnits,
                List<String> coordinatorUnits, LocalDate dueDate) {
            this(taskId, number, content, leadUnits, coordinatorUnits, dueDate, null, null);
        }

        /** Whether the task has at least one lead unit; without one it waits for the office. */
        public boolean hasLead() {
            return !leadUnits.isEmpty();
        }

        /** Whether its work comes in occurrences the office records (khi phát sinh, theo lịch). */
        public boolean byOccurrence() {
            return TimeframeKind.byOccurrence(timeframeKind);
        }

        /** Whether the plan names units by a phrase the office turns into units ("có liên quan"). */
        public boolean hasUnitsToDesignate() {
            return !leadUnitsToDesignate.isEmpty() || !coordinatorUnitsToDesignate.isEmpty();
        }

        /** The same task with other units. */
        public Task withUnits(List<String> leads, List<String> coordinators) {
            return new Task(taskId, number, content, leads, coordinators, dueDate, timeframeKind,
                    timeframeText, leadUnitsToDesignate, coordinatorUnitsToDesignate);
        }
    }
}
