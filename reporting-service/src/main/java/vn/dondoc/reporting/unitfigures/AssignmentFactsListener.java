package vn.dondoc.reporting.unitfigures;

import java.util.List;

/**
 * Told after assignments' {@code task-assigned} or lifecycle events were recorded — a poll's at once
 * — also for a redelivery, so a listener that failed before is told again. A failure of the listener
 * fails the events' handling, which is then retried.
 */
public interface AssignmentFactsListener {

    /** @param assignmentIds distinct, at least one */
    void recorded(List<String> assignmentIds);
}
