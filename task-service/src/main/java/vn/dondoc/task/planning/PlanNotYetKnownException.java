package vn.dondoc.task.planning;

import vn.dondoc.eventing.AwaitingPredecessorException;

/**
 * An amendment arrived before its plan's {@code plan-issued} (they travel on different topics): the
 * amendment waits in its place, tried again with backoff until the plan has been issued here.
 */
public class PlanNotYetKnownException extends AwaitingPredecessorException {

    public PlanNotYetKnownException(String planId) {
        super("plan " + planId + " not issued here yet: its amendment waits for it");
    }
}
