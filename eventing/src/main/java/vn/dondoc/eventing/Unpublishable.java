package vn.dondoc.eventing;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which failures to publish an event are permanent: the same event sent again fails the same way
 * (larger than the producer's {@code max.request.size} or the broker's {@code message.max.bytes},
 * not serializable, an invalid topic, a stored event that is not a record). Everything else (the
 * broker unreachable, a timeout, a leader election, a missing authorization) may pass later.
 */
final class Unpublishable {

    private Unpublishable() {
    }

    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof SerializationException || cause instanceof InvalidTopicException
                    || cause instanceof CloudEventPublisher.InvalidPendingEventException) {
                return true;
            }
        }
        return false;
    }
}
