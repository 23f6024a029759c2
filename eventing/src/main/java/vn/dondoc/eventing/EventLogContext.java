package vn.dondoc.eventing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Every log line written while a consumer handles a record names the record: the CloudEvents id and
 * type ({@code ce_id}, {@code ce_type}) and where it was read ({@code event.topic}); they are in the
 * MDC from before the handler until after it (and its retries' logs), so a structured log (e.g.
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}) carries them as fields. A binding in batch mode
 * names the poll instead: {@code event.topic} its offsets per partition
 * ({@code task-assigned-0@23..29}), {@code ce_type} the type its records share, {@code ce_id} only
 * when it holds one record — the ids of a poll are found from its offsets.
 */
class EventLogContext<K, V> implements RecordInterceptor<K, V>, BatchInterceptor<K, V> {

    static final String EVENT_ID = "ce_id";
    static final String EVENT_TYPE = "ce_type";
    static final String TOPIC = "event.topic";

    @Override
    public ConsumerRecord<K, V> intercept(ConsumerRecord<K, V> record, Consumer<K, V> consumer) {
        put(EVENT_ID, header(record, "ce_id"));
        put(EVENT_TYPE, header(record, "ce_type"));
        MDC.put(TOPIC, record.topic() + "-" + record.partition() + "@" + record.offset());
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<K, V> record, Consumer<K, V> consumer) {
        clear();
    }

    @Override
    public ConsumerRecords<K, V> intercept(ConsumerRecords<K, V> records, Consumer<K, V> consumer) {
        List<String> places = new ArrayList<>();
        Set<String> types = new HashSet<>();
        String id = null;
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<K, V>> read = records.records(partition);
            if (!read.isEmpty()) {
                long first = read.get(0).offset();
                long last = read.get(read.size() - 1).offset();
                places.add(partition.topic() + "-" + partition.partition() + "@" + first
                        + (first == last ? "" : ".." + last));
            }
            read.forEach(record -> types.add(header(record, "ce_type")));
            id = read.size() == 1 && records.count() == 1 ? header(read.get(0), "ce_id") : id;
        }
        put(EVENT_ID, id);
        put(EVENT_TYPE, types.size() == 1 ? types.iterator().next() : null);
        put(TOPIC, places.isEmpty() ? null : String.join(",", places));
        return records;
    }

    @Override
    public void success(ConsumerRecords<K, V> records, Consumer<K, V> consumer) {
        clear();
    }

    @Override
    public void failure(ConsumerRecords<K, V> records, Exception exception, Consumer<K, V> consumer) {
        // kept for the error handler's log lines; cleared with the thread state
    }

    @Override
    public void clearThreadState(Consumer<?, ?> consumer) {
        clear();
    }

    private static void clear() {
        MDC.remove(EVENT_ID);
        MDC.remove(EVENT_TYPE);
        MDC.remove(TOPIC);
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
