package vn.dondoc.eventing;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Every log line written while a consumer handles a record names the record: the CloudEvents id and
 * type ({@code ce_id}, {@code ce_type}) and where it was read ({@code event.topic}); they are in the
 * MDC from before the handler until after it (and its retries' logs), so a structured log (e.g.
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}) carries them as fields.
 */
class EventLogContext<K, V> implements RecordInterceptor<K, V> {

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
