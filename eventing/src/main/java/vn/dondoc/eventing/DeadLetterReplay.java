package vn.dondoc.eventing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./replay-dead-letters.sh error.<topic>.<group>}: after the cause is fixed, publishes each
 * record of a dead-letter topic again to the topic it came from ({@code x-original-topic}), with
 * its key, value and {@code ce_*} headers and without the dead-letter headers. Consumers are
 * idempotent, so a record that was in fact applied changes nothing. The consumer group
 * {@code dondoc-dead-letter-replay} remembers what was replayed: a second run replays only what was
 * dead-lettered since, and a record dead-lettered again during the run waits for the next one.
 */
public final class DeadLetterReplay {

    static final String GROUP = "dondoc-dead-letter-replay";

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !args[0].startsWith("error.")) {
            System.err.println("usage: ./replay-dead-letters.sh error.<topic>.<group>   (DONDOC_KAFKA, default "
                    + "127.0.0.1:9092)");
            System.exit(2);
        }
        String servers = System.getenv().getOrDefault("DONDOC_KAFKA", "127.0.0.1:9092");
        System.out.println(replay(servers, args[0]) + " record(s) replayed from " + args[0]);
    }

    /** Replays the records dead-lettered since the last replay; returns how many. */
    public static int replay(String bootstrapServers, String deadLetterTopic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers);
                KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10))
                    .stream().map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            try {
                return replay(consumer, producer, partitions, consumer.endOffsets(partitions), done);
            } finally {
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
        }
    }

    private static int replay(KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> producer,
            List<TopicPartition> partitions, Map<TopicPartition, Long> ends,
            Map<TopicPartition, OffsetAndMetadata> done) {
        int replayed = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            for (ConsumerRecord<byte[], byte[]> dead : consumer.poll(Duration.ofSeconds(1))) {
                TopicPartition partition = new TopicPartition(dead.topic(), dead.partition());
                if (dead.offset() < ends.get(partition)) {
                    send(producer, again(dead));
                    System.out.println(dead.topic() + "-" + dead.partition() + "@" + dead.offset() + " → "
                            + text(dead, "x-original-topic") + " (ce_id " + text(dead, "ce_id") + "), was: "
                            + text(dead, "x-exception-message"));
                    done.put(partition, new OffsetAndMetadata(dead.offset() + 1));
                    replayed++;
                }
            }
        }
        return replayed;
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted; the records replayed before are committed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a replayed record; the records replayed "
                    + "before it are committed, run again", e.getCause());
        }
    }

    private static ProducerRecord<byte[], byte[]> again(ConsumerRecord<byte[], byte[]> dead) {
        String source = text(dead, "x-original-topic");
        if (source == null) {
            throw new IllegalStateException(dead.topic() + "@" + dead.offset() + " has no x-original-topic");
        }
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(source, dead.key(), dead.value());
        for (Header header : dead.headers()) {
            if (!header.key().startsWith("x-exception-") && !header.key().startsWith("x-original-")) {
                record.headers().add(header);
            }
        }
        return record;
    }

    private static String text(ConsumerRecord<?, ?> record, String header) {
        Header last = record.headers().lastHeader(header);
        return last == null ? null : new String(last.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String servers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static KafkaProducer<byte[], byte[]> producer(String servers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
