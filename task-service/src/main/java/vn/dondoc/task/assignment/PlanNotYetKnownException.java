package vn.dondoc.task.assignment;

/**
 * An amendment arrived before its plan's {@code plan-issued} (they travel on different topics):
 * retried by the binder, then dead-lettered for an operator to publish again.
 */
public class PlanNotYetKnownException extends RuntimeException {

    public PlanNotYetKnownException(String planId) {
        super("plan " + planId + " not issued here yet: cannot apply its amendment");
    }
}
