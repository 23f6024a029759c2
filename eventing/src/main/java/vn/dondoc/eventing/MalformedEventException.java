package vn.dondoc.eventing;

/**
 * A received record that can never be processed (bad JSON, unknown type, missing field). It is not
 * retried: {@link ConsumerErrorPolicy} sends it to the dead-letter topic with this message as the
 * reason.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
