package vn.dondoc.eventing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import vn.dondoc.contracts.EventCatalog;
import vn.dondoc.contracts.EventKind;

/**
 * Publishes one pending event as a CloudEvents 1.0 record in binary mode ({@code ce_*} headers,
 * JSON data, {@code content-type}) and waits until the broker acknowledged it.
 */
public class CloudEventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final URI source;
    private final Duration timeout;
    private final MeterRegistry meters;

    public CloudEventPublisher(KafkaTemplate<String, byte[]> kafka, URI source, Duration timeout,
            MeterRegistry meters) {
        this.kafka = kafka;
        this.source = source;
        this.timeout = timeout;
        this.meters = meters;
    }

    /** Returns once the broker acknowledged the record; throws if it did not. */
    public void publish(PendingEvent event) {
        await(event, send(event));
    }

    /**
     * Sends without waiting; the future completes when the broker acknowledged. Sends of one
     * producer keep their order per partition (idempotent producer), so a batch of sends followed
     * by {@link #await} is as ordered as one send at a time.
     */
    public CompletableFuture<?> send(PendingEvent event) {
        ProducerRecord<String, byte[]> record;
        try {
            record = KafkaMessageFactory.createWriter(event.topic(), event.key()).writeBinary(toCloudEvent(event));
        } catch (RuntimeException e) {
            // a stored event without its id, topic or time: no attempt will ever build a record of it
            return CompletableFuture.failedFuture(new InvalidPendingEventException(e));
        }
        try {
            return kafka.send(record).thenRun(() -> meters
                    .counter("dondoc.events.published", "type", event.type(), "topic", event.topic())
                    .increment());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for a send's acknowledgement; throws {@link PublicationFailedException} if there is none. */
    public void await(PendingEvent event, CompletableFuture<?> sent) {
        await(event, sent, timeout);
    }

    /** As {@link #await(PendingEvent, CompletableFuture)}, waiting at most {@code atMost} (zero: only if done). */
    public void await(PendingEvent event, CompletableFuture<?> sent, Duration atMost) {
        try {
            sent.get(Math.max(0, atMost.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(event, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublicationFailedException(event, e);
        }
    }

    CloudEvent toCloudEvent(PendingEvent event) {
        CloudEventBuilder cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.payload().getBytes(StandardCharsets.UTF_8));
        EventKind kind = EventCatalog.ofType(event.type());
        if (kind != null) {
            cloudEvent.withDataSchema(URI.create(kind.dataschema()));
        }
        return cloudEvent.build();
    }

    /** How long a publication waits for the broker's acknowledgement. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The broker did not acknowledge the event. Transient (broker unreachable, a timeout): it stays
     * pending and is tried again. {@link #permanent() Permanent} (too large for the producer or the
     * broker, not serializable, not even a record): no attempt will succeed, the relay parks it.
     */
    public static class PublicationFailedException extends RuntimeException {

        private final boolean permanent;

        PublicationFailedException(PendingEvent event, Throwable cause) {
            super("could not publish " + event.type() + " " + event.eventId() + " to "
                    + event.topic(), cause);
            this.permanent = Unpublishable.is(cause);
        }

        /** {@code true} when trying again cannot help. */
        public boolean permanent() {
            return permanent;
        }

        /** Why, in the words of the innermost cause (what an operator needs to see). */
        public String reason() {
            Throwable root = this;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }

    /** A stored pending event that does not make a record (no id, topic or time). */
    static class InvalidPendingEventException extends RuntimeException {
        InvalidPendingEventException(Throwable cause) {
            super("the stored event is not a valid CloudEvent", cause);
        }
    }
}
