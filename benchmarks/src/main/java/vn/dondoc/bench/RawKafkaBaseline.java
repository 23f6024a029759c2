package vn.dondoc.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The yardstick: a plain kafka-clients program that reads the same {@code plan-issued} records
 * and writes one {@code task-assigned}-sized record per (task, unit), acks=all, idempotent —
 * the broker round trip with no store and no framework.
 */
final class RawKafkaBaseline {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Assignments per second, from the first read until the last write is acknowledged. */
    static double run(String bootstrapServers, long expectedAssignments) throws Exception {
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "raw-baseline-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        AtomicLong acknowledged = new AtomicLong();
        long produced = 0;
        long begin = System.nanoTime();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig,
                new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig,
                        new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(List.of("plan-issued"));
            while (produced < expectedAssignments) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode plan = JSON.readTree(record.value());
                    for (JsonNode task : plan.get("tasks")) {
                        for (String role : List.of("leadUnits", "coordinatorUnits")) {
                            for (JsonNode unit : task.get(role)) {
                                producer.send(new ProducerRecord<>("baseline-task-assigned", unit.asString(),
                                        assignment(plan, task, unit.asString(), role)),
                                        (metadata, error) -> acknowledged.incrementAndGet());
                                produced++;
                            }
                        }
                    }
                }
                consumer.commitSync();
            }
            producer.flush();
        }
        while (acknowledged.get() < produced) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        return produced / ((System.nanoTime() - begin) / 1e9);
    }

    private static byte[] assignment(JsonNode plan, JsonNode task, String unit, String role) {
        String planId = plan.get("planId").asString();
        return ("{\"eventId\":\"" + java.util.UUID.randomUUID() + "\",\"occurredAt\":\"2026-11-20T01:00:00Z\","
                + "\"assignmentId\":\"" + planId + ":" + task.get("taskId").asString() + ":" + unit + "\","
                + "\"planId\":\"" + planId + "\",\"planNumber\":\"" + plan.get("number").asString() + "\","
                + "\"departmentCode\":\"" + plan.get("departmentCode").asString() + "\","
                + "\"taskId\":\"" + task.get("taskId").asString() + "\",\"taskNumber\":\""
                + task.get("number").asString() + "\",\"taskContent\":\"" + task.get("content").asString()
                + "\",\"unitCode\":\"" + unit + "\",\"role\":\"" + role + "\",\"leadUnits\":"
                + task.get("leadUnits") + ",\"dueDate\":\"" + task.path("dueDate").asString() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private RawKafkaBaseline() {
    }
}
