package vn.dondoc.eventing;

/**
 * A record that depends on an earlier event from another topic which has not been consumed yet
 * ({@code plan-amended} before its {@code plan-issued}). It is a passing failure: the consumer
 * error policy keeps the record in its place and tries it again with backoff until the predecessor
 * has arrived; it is never dead-lettered.
 */
public class AwaitingPredecessorException extends RuntimeException {

    public AwaitingPredecessorException(String reason) {
        super(reason);
    }
}
