package vn.dondoc.eventing.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** How many records each of some topics holds (end offsets), to tell whether anything was published. */
public final class TopicOffsets implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;

    public TopicOffsets(String bootstrapServers, List<String> topics) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.partitions = topics.stream().flatMap(topic -> {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            return infos == null ? Stream.<TopicPartition>empty()
                    : infos.stream().map(info -> new TopicPartition(topic, info.partition()));
        }).toList();
        consumer.assign(partitions);
    }

    /** Topic-partition → end offset. */
    public Map<String, Long> now() {
        Map<String, Long> ends = new TreeMap<>();
        consumer.endOffsets(partitions, Duration.ofSeconds(10))
                .forEach((partition, end) -> ends.put(partition.toString(), end));
        return ends;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
