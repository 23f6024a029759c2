package vn.dondoc.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches {@code task-assigned} as an outside consumer: counts what was published and records, per
 * plan, the time from its POST until its last {@code task-assigned} arrived.
 */
final class TaskAssignedWatch implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Histogram millis = new Histogram(60_000, 3);
    private final Map<String, Long> postedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> completedAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final int perPlan;
    private final Thread thread;
    private final java.util.concurrent.atomic.AtomicLong published = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean running = true;

    TaskAssignedWatch(String bootstrapServers, int assignmentsPerPlan) {
        this.perPlan = assignmentsPerPlan;
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("task-assigned").stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        published.incrementAndGet();
                        arrived(JSON.readTree(record.value()).get("planId").asString());
                    }
                }
            }
        }, "latency-probe");
        thread.start();
    }

    /** The plan was POSTed at {@code nanos} (its id is known only once the POST answered). */
    synchronized void posted(String planId, long nanos) {
        Long completed = completedAt.remove(planId);
        if (completed != null) {
            record(nanos, completed);
        } else {
            postedAt.put(planId, nanos);
        }
    }

    private synchronized void arrived(String planId) {
        if (seen.computeIfAbsent(planId, id -> new AtomicInteger()).incrementAndGet() == perPlan) {
            long now = System.nanoTime();
            Long posted = postedAt.remove(planId);
            if (posted != null) {
                record(posted, now);
            } else {
                completedAt.put(planId, now);
            }
        }
    }

    private void record(long posted, long completed) {
        millis.recordValue(Math.max(0, (completed - posted) / 1_000_000));
    }

    /** A copy of the latencies recorded so far, in milliseconds. */
    synchronized Histogram latencies() {
        return millis.copy();
    }

    long published() {
        return published.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
