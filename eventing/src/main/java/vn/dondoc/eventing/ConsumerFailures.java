package vn.dondoc.eventing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;

/**
 * Which consumer failures can never succeed and which pass. A record that can never be read — not
 * a CloudEvent, unknown type, bad JSON, a value its contract rejects ({@link MalformedEventException},
 * {@link IllegalArgumentException}, a deserialization or conversion failure) — fails the same way
 * every time: it is dead-lettered. Everything else (the store or the broker unreachable, a
 * timeout, {@link AwaitingPredecessorException}, an unknown failure) may pass: the record is tried
 * again until it does, in its place.
 */
public final class ConsumerFailures {

    /** Failures that no retry can cure; one of them anywhere in the cause chain is enough. */
    static final List<Class<? extends Throwable>> NEVER_READABLE = List.of(MalformedEventException.class,
            IllegalArgumentException.class, DeserializationException.class, MessageConversionException.class,
            ConversionException.class, MethodArgumentResolutionException.class, NoSuchMethodException.class,
            ClassCastException.class);

    private ConsumerFailures() {
    }

    /** {@code true} when the record can never be processed and belongs on the dead-letter topic. */
    public static boolean permanent(Throwable failure) {
        return neverReadableCause(failure) != null;
    }

    /**
     * The failure that explains a dead letter: the never-readable cause when there is one (its
     * message carries the reason, e.g. {@code unknown event type: …}), else the root cause.
     */
    static Throwable reason(Throwable failure) {
        Throwable neverReadable = neverReadableCause(failure);
        if (neverReadable != null) {
            return neverReadable;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The classification for spring-kafka's error handler: never-readable types false, the rest retried. */
    static Map<Class<? extends Throwable>, Boolean> retryable() {
        return NEVER_READABLE.stream().collect(Collectors.toMap(Function.identity(), type -> false));
    }

    private static Throwable neverReadableCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable current = cause;
            if (NEVER_READABLE.stream().anyMatch(type -> type.isInstance(current))) {
                return current;
            }
        }
        return null;
    }
}
