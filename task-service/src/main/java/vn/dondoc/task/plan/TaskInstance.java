package vn.dondoc.task.plan;

import java.time.LocalDate;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.vocabulary.calendar.DeadlineCalendar;

/**
 * What one assignment covers of a task: the whole task, one reporting period of a recurring task
 * or one occurrence of an event-driven one.
 *
 * @param key   {@code null} for the whole task, else the period ({@code 2025-Q3}) or occurrence key
 * @param label Vietnamese name of the instance ("Quý III/2025"), {@code null} for the whole task
 */
public record TaskInstance(String key, String label, LocalDate dueDate) {

    /** The whole task with its own deadline. */
    static TaskInstance whole(IssuedPlan.Task task) {
        return new TaskInstance(null, null, task.dueDate());
    }

    /** A recurring task's instance for the period, due on the units' deadline of that period. */
    static TaskInstance of(ReportingPeriod period, DeadlineCalendar deadlines) {
        return new TaskInstance(period.key(), period.label(), deadlines.unitDueFor(period));
    }
}
