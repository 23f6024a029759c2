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
 * plan, the time from its POST until its last {@code task-assigned} arrived — and where that time went,
 * from the records' create times (task-service's producer stamps them; same machine, same clock).
 */
final class TaskAssignedWatch implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Histogram millis = new Histogram(60_000, 3);
    private final Map<String, Long> postedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> completedAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final Map<String, long[]> createdBetween = new ConcurrentHashMap<>();
    private final Map<String, Long> answeredAtMillis = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivedAtMillis = new ConcurrentHashMap<>();
    private final Histogram postMillis = new Histogram(60_000, 3);
    private final Histogram toFirstMillis = new Histogram(60_000, 3);
    private final Histogram sendingMillis = new Histogram(60_000, 3);
    private final Histogram deliveryMillis = new Histogram(60_000, 3);
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
                        arrived(JSON.readTree(record.value()).get("planId").asString(), record.timestamp());
                    }
                }
            }
        }, "latency-probe");
        thread.start();
    }

    /**
     * The plan was POSTed at {@code nanos} (its id is known only once the POST answered, which took
     * {@code postMillis} and ended at wall-clock {@code answeredAtMillis}).
     */
    synchronized void posted(String planId, long nanos, long postMillis, long answeredAtMillis) {
        this.postMillis.recordValue(postMillis);
        this.answeredAtMillis.put(planId, answeredAtMillis);
        Long completed = completedAt.remove(planId);
        if (completed != null) {
            record(nanos, completed);
            stages(planId);
        } else {
            postedAt.put(planId, nanos);
        }
    }

    private synchronized void arrived(String planId, long createdAtMillis) {
        long[] created = createdBetween.computeIfAbsent(planId, id -> new long[] {Long.MAX_VALUE, 0});
        created[0] = Math.min(created[0], createdAtMillis);
        created[1] = Math.max(created[1], createdAtMillis);
        if (seen.computeIfAbsent(planId, id -> new AtomicInteger()).incrementAndGet() == perPlan) {
            long now = System.nanoTime();
            arrivedAtMillis.put(planId, System.currentTimeMillis());
            Long posted = postedAt.remove(planId);
            if (posted != null) {
                record(posted, now);
                stages(planId);
            } else {
                completedAt.put(planId, now);
            }
        }
    }

    /** A timed plan's stages: POST answered → first record created → last created → last arrived here. */
    private void stages(String planId) {
        long[] created = createdBetween.get(planId);
        long answered = answeredAtMillis.remove(planId);
        toFirstMillis.recordValue(Math.max(0, created[0] - answered));
        sendingMillis.recordValue(Math.max(0, created[1] - created[0]));
        deliveryMillis.recordValue(Math.max(0, arrivedAtMillis.remove(planId) - created[1]));
    }

    /**
     * Medians of the timed plans' stages (ms), as one line: the POST; its answer until task-service
     * created the first {@code task-assigned} (plan-service's relay, the broker, task-service's
     * consumer and its insert); first until last created (task-service's relay); last created until
     * it arrived here.
     */
    synchronized String stageMedians() {
        return String.format("POST %d, to the first task-assigned %d, sending all %d, delivery %d",
                postMillis.getValueAtPercentile(50), toFirstMillis.getValueAtPercentile(50),
                sendingMillis.getValueAtPercentile(50), deliveryMillis.getValueAtPercentile(50));
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
