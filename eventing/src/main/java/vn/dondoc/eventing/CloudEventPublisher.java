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
        ProducerRecord<String, byte[]> record = KafkaMessageFactory
                .createWriter(event.topic(), event.key())
                .writeBinary(toCloudEvent(event));
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
        try {
            sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(event, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublicationFailedException(event, e);
        }
    }

    CloudEvent toCloudEvent(PendingEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.payload().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The broker did not acknowledge the event: it stays pending and is tried again. */
    public static class PublicationFailedException extends RuntimeException {
        PublicationFailedException(PendingEvent event, Throwable cause) {
            super("could not publish " + event.type() + " " + event.eventId() + " to "
                    + event.topic(), cause);
        }
    }
}
