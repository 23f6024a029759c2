package vn.dondoc.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;

/**
 * A picture of everything the system keeps: a digest of every collection of the {@code dondoc-*}
 * databases and the end offset of every topic. Two pictures compared say what changed in between.
 */
final class StoreAndTopics implements AutoCloseable {

    private final MongoClient client;
    private final String kafkaBootstrap;

    StoreAndTopics(String mongoUri, String kafkaBootstrap) {
        this.client = MongoClients.create(mongoUri);
        this.kafkaBootstrap = kafkaBootstrap;
    }

    /** Collection ("database.collection") or topic → its digest or end offsets. */
    Map<String, String> picture() {
        Map<String, String> picture = new TreeMap<>();
        for (String database : client.listDatabaseNames()) {
            if (!database.startsWith("dondoc")) {
                continue;
            }
            for (String collection : client.getDatabase(database).listCollectionNames()) {
                MessageDigest digest = sha256();
                long count = 0;
                for (Document document : client.getDatabase(database).getCollection(collection).find()
                        .sort(new Document("_id", 1))) {
                    digest.update(document.toJson().getBytes(StandardCharsets.UTF_8));
                    count++;
                }
                picture.put(database + "." + collection, count + " " + HexFormat.of().formatHex(digest.digest()));
            }
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            Map<String, List<org.apache.kafka.common.PartitionInfo>> topics = consumer.listTopics();
            for (var topic : topics.entrySet()) {
                if (topic.getKey().startsWith("__")) {
                    continue;
                }
                List<TopicPartition> partitions = topic.getValue().stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                long end = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
                picture.put("topic " + topic.getKey(), Long.toString(end));
            }
        }
        return picture;
    }

    /** What differs between two pictures, leaving out what is named in {@code ignored}. */
    static Set<String> changed(Map<String, String> before, Map<String, String> after, Set<String> ignored) {
        Set<String> changed = new TreeSet<>();
        Map<String, String> all = new HashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String name : all.keySet()) {
            if (!ignored.contains(name) && !java.util.Objects.equals(before.get(name), after.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
