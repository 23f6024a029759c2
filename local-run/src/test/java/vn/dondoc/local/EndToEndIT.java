package vn.dondoc.local;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The end-to-end scenarios against the production shape: real MongoDB started as a replica set
 * and a real Apache Kafka (KRaft) container. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class EndToEndIT extends EndToEndScenarios {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }

    @Override
    String mongoUri() {
        return MONGO.getReplicaSetUrl();
    }
}
