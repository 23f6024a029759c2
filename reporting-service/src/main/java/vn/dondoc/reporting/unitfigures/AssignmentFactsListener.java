package vn.dondoc.reporting.unitfigures;

/**
 * Told after an assignment's {@code task-assigned} or one of its lifecycle events was recorded — also
 * for a redelivery, so a listener that failed before is told again. A failure of the listener fails
 * the event's handling, which is then retried.
 */
public interface AssignmentFactsListener {

    void recorded(String assignmentId);
}
