package vn.dondoc.local;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Whether a consumer group has committed every record on a topic: then it has processed them. */
final class ConsumerLag {

    private final String bootstrapServers;

    ConsumerLag(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    boolean caughtUp(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers))) {
            Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .collect(Collectors.toSet());
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return partitions.stream().allMatch(partition -> {
                long end = ends.get(partition).offset();
                OffsetAndMetadata done = committed.get(partition);
                return end == 0 || (done != null && done.offset() >= end);
            });
        }
    }
}
