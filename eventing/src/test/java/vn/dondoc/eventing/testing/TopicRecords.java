package vn.dondoc.eventing.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;

/** Reads and writes raw records on the real broker, as an outside consumer would see them. */
public final class TopicRecords {

    private final String bootstrapServers;

    public TopicRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record on the topic from the beginning, polling until {@code quiet} passes without new ones. */
    public List<ConsumerRecord<String, byte[]>> all(String topic, Duration quiet) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config,
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            List<TopicPartition> assigned = partitions == null ? List.of() : partitions.stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            int before;
            do {
                before = records.size();
                consumer.poll(quiet).forEach(records::add);
            } while (records.size() > before);
            return records;
        }
    }

    /** Sends one record with the given headers and waits for the acknowledgement. */
    public void send(String topic, String key, Map<String, String> headers, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config,
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                    value.getBytes(StandardCharsets.UTF_8));
            headers.forEach((name, headerValue) ->
                    record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send test record to " + topic, e);
        }
    }

    /**
     * Sends the records in one go (one producer, sent without waiting and flushed together, so that
     * they land in one produce request and a consumer's next poll takes them together), then waits
     * for every acknowledgement.
     */
    public void sendAll(String topic, List<Record> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 100);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config,
                new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (Record one : records) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, 0, one.key(),
                        one.value().getBytes(StandardCharsets.UTF_8));
                one.headers().forEach((name, headerValue) ->
                        record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(record));
            }
            producer.flush();
            for (Future<?> ack : sent) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send test records to " + topic, e);
        }
    }

    /** The headers of a CloudEvents 1.0 binary-mode record, as a producing service sends them. */
    public static Map<String, String> cloudEventHeaders(String id, String type) {
        return Map.of("ce_id", id, "ce_type", type, "ce_source", "/dondoc/test", "ce_specversion", "1.0",
                "content-type", "application/json");
    }

    /**
     * {@link #sendAll} of the readable records with, at {@code position}, one that no consumer can
     * read (its value is not JSON) under the key, with the CloudEvents headers of the type: a batch
     * with one bad record. Returns that record's CloudEvents id.
     */
    public String sendAllWithUnreadable(String topic, List<Record> readable, int position, String key, String type) {
        String id = UUID.randomUUID().toString();
        List<Record> batch = new ArrayList<>(readable);
        batch.add(position, new Record(key, cloudEventHeaders(id, type), "{\"eventId\":\"" + id + "\", this is not JSON"));
        sendAll(topic, batch);
        return id;
    }

    /**
     * Waits (at most 30 s) for the record with the CloudEvents id on the dead-letter topic and checks
     * what a reader of dead letters relies on: the original key, the reason's start and the topic it
     * was read from. Returns it.
     */
    public ConsumerRecord<String, byte[]> awaitDeadLetter(String deadLetterTopic, String id, String key,
            String originalTopic, String reasonStart) {
        ConsumerRecord<String, byte[]> dead = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> all(deadLetterTopic, Duration.ofMillis(500)).stream()
                        .filter(record -> id.equals(header(record, "ce_id"))).findFirst(),
                Optional::isPresent).orElseThrow();
        Assertions.assertThat(dead.key()).isEqualTo(key);
        Assertions.assertThat(header(dead, "x-exception-message")).startsWith(reasonStart);
        Assertions.assertThat(header(dead, "x-original-topic")).isEqualTo(originalTopic);
        return dead;
    }

    /** One record for {@link #sendAll}. */
    public record Record(String key, Map<String, String> headers, String value) {
    }

    /** Sends a CloudEvents 1.0 binary-mode record, as a producing service would. */
    public void sendCloudEvent(String topic, String key, String id, String type, String json) {
        send(topic, key, Map.of("ce_id", id, "ce_type", type, "ce_source", "/dondoc/test",
                "ce_specversion", "1.0", "content-type", "application/json"), json);
    }

    /** A header's value as text, or {@code null}. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
