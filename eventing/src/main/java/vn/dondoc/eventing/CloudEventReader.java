package vn.dondoc.eventing;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.EventTypes;

/**
 * Reads a received Kafka record as a CloudEvent and its JSON data as the contract record. Anything
 * that cannot be read throws {@link MalformedEventException}, which the consumer error policy
 * dead-letters.
 */
public class CloudEventReader {

    private final MeterRegistry meters;

    public CloudEventReader(MeterRegistry meters) {
        this.meters = meters;
    }

    public <T> ReceivedEvent<T> read(Message<?> message, Class<T> expected) {
        try {
            ReceivedEvent<T> received = parse(message, expected);
            meters.counter("dondoc.events.consumed", "type", received.type()).increment();
            return received;
        } catch (MalformedEventException e) {
            meters.counter("dondoc.events.rejected", "expected", expected.getSimpleName())
                    .increment();
            throw e;
        }
    }

    private <T> ReceivedEvent<T> parse(Message<?> message, Class<T> expected) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(kafkaHeaders(message.getHeaders()),
                    bytes(message.getPayload())).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new MalformedEventException("not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
        Class<?> payloadType = EventTypes.payloadOf(event.getType());
        if (payloadType == null) {
            throw new MalformedEventException("unknown event type: " + event.getType());
        }
        if (!payloadType.equals(expected)) {
            throw new MalformedEventException("event type " + event.getType() + " does not belong on "
                    + "this topic, expected " + expected.getSimpleName());
        }
        if (event.getData() == null) {
            throw new MalformedEventException("event " + event.getId() + " has no data");
        }
        T data = EventJson.read(event.getData().toBytes(), expected);
        return new ReceivedEvent<>(event.getId(), event.getType(), event.getSource().toString(), data);
    }

    private static RecordHeaders kafkaHeaders(Map<String, Object> headers) {
        RecordHeaders kafka = new RecordHeaders();
        headers.forEach((name, value) -> {
            if (name.startsWith("ce_") || name.equals("content-type")) {
                kafka.add(name, bytes(value));
            }
        });
        return kafka;
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] raw) {
            return raw;
        }
        return value == null ? new byte[0] : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A consumed event: its CloudEvents id (the idempotency key) and its contract record. */
    public record ReceivedEvent<T>(String id, String type, String source, T data) {
    }
}
