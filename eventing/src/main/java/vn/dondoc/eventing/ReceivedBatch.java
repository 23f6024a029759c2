package vn.dondoc.eventing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;

/**
 * A poll's records, received by a binding in batch mode ({@code consumer.batch-mode: true}), read
 * as CloudEvents up to the first record that cannot be read. The function takes
 * {@code Message<Object>}, whose payload is the list of record values: Spring Cloud Function 5
 * converts a declared {@code List<byte[]>} through JSON into an empty list, and passes an
 * {@code Object} payload as it is. The consumer stores the effects of {@link #events()} (one bulk
 * write per collection), then calls {@link #failOnUnreadable()}: if a record could not be read, it
 * throws {@link BatchListenerFailedException} with that record's index, so that the consumer error
 * policy commits the records before it, sends it to {@code error.<topic>.<group>} with its reason
 * (as a record-at-a-time binding does) and delivers the records after it again in the next poll.
 *
 * @param <T> the contract record of the topic
 */
public final class ReceivedBatch<T> {

    private final List<Item<T>> events;
    private final int unreadableIndex;
    private final RuntimeException unreadable;

    private ReceivedBatch(List<Item<T>> events, int unreadableIndex, RuntimeException unreadable) {
        this.events = events;
        this.unreadableIndex = unreadableIndex;
        this.unreadable = unreadable;
    }

    /**
     * Reads each record of the batch with its own headers (the binder's
     * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}), in the order of the poll, and stops at the first
     * that cannot be read.
     */
    public static <T> ReceivedBatch<T> read(CloudEventReader reader, Message<?> batch,
            Class<T> expected) {
        List<Message<byte[]>> records = records(batch);
        List<Item<T>> events = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            Message<byte[]> record = records.get(index);
            try {
                events.add(new Item<>(index, reader.read(record, expected), record));
            } catch (RuntimeException e) {
                return new ReceivedBatch<>(events, index, e);
            }
        }
        return new ReceivedBatch<>(events, -1, null);
    }

    /** The records of a batch as one message each, with its own headers. */
    static List<Message<byte[]>> records(Message<?> batch) {
        if (!(batch.getPayload() instanceof List<?> payloads)) {
            throw new IllegalStateException("not a batch: the binding needs consumer.batch-mode true, the payload is "
                    + batch.getPayload().getClass().getName());
        }
        Object converted = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> headers = converted instanceof List<?> list ? list : List.of();
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int index = 0; index < payloads.size(); index++) {
            MessageBuilder<byte[]> record = MessageBuilder.withPayload(bytes(payloads.get(index)));
            if (index < headers.size() && headers.get(index) instanceof Map<?, ?> own) {
                own.forEach((name, value) -> {
                    if (name instanceof String header && value != null) {
                        record.setHeader(header, value);
                    }
                });
            }
            records.add(record.build());
        }
        return records;
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof byte[] raw) {
            return raw;
        }
        return payload == null ? new byte[0] : payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The events read, in the order of the poll: every record before the first unreadable one. */
    public List<Item<T>> events() {
        return events;
    }

    /**
     * The batch cut before {@code events().get(position)}, whose effects could not be built
     * ({@code failure}): that record is then treated as unreadable — dead-lettered if the failure is
     * one no retry can cure ({@link ConsumerFailures}), else tried again in its place — and the
     * records after it come again.
     */
    public ReceivedBatch<T> cutAt(int position, RuntimeException failure) {
        return new ReceivedBatch<>(List.copyOf(events.subList(0, position)), events.get(position).index(), failure);
    }

    /**
     * Throws {@link BatchListenerFailedException} naming the first unreadable record, if there is
     * one; call it once the effects of {@link #events()} are stored.
     */
    public void failOnUnreadable() {
        if (unreadable != null) {
            throw new BatchListenerFailedException("record " + unreadableIndex + " of the batch failed: "
                    + unreadable.getMessage(), unreadable, unreadableIndex);
        }
    }

    /**
     * One event of the batch.
     *
     * @param index   its position in the poll
     * @param event   the CloudEvent read
     * @param message the record as one message (its payload and headers)
     */
    public record Item<T>(int index, ReceivedEvent<T> event, Message<byte[]> message) {
    }
}
