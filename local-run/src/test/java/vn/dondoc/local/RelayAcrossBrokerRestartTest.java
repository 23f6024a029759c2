package vn.dondoc.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.eventing.testing.TopicRecords.header;

import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import vn.dondoc.eventing.CloudEventPublisher;
import vn.dondoc.eventing.OutboxRelay;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.eventing.testing.FreePorts;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TopicRecords;

/** The broker goes down with events pending; once it is back, each is published exactly once. */
class RelayAcrossBrokerRestartTest {

    private static final String TOPIC = "relay-across-restart";

    private final MongoTemplate mongo = new MongoTemplate(
            MongoClients.create(InMemoryMongo.connectionString()), "relay-restart-test");

    @Test
    void publishesEveryPendingEventExactlyOnceAfterTheBrokerComesBack(@TempDir Path kafkaData)
            throws Exception {
        int port = freePortPair();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(kafkaData, port);
        broker.start();
        broker.close();
        mongo.insert(new Plan("plan-1", pending("e-1", "e-2", "e-3")), "plans");

        assertThatThrownBy(() -> relay(broker.bootstrapServers(), 2000).relayPending())
                .isInstanceOf(CloudEventPublisher.PublicationFailedException.class);
        assertThat(pendingOf("plan-1")).hasSize(3);

        broker.start();
        try {
            OutboxRelay restarted = relay(broker.bootstrapServers(), 30_000);
            assertThat(restarted.relayPending()).isEqualTo(3);
            assertThat(restarted.relayPending()).isZero();

            assertThat(new TopicRecords(broker.bootstrapServers()).all(TOPIC, Duration.ofSeconds(1)))
                    .extracting(record -> header(record, "ce_id"))
                    .containsExactly("e-1", "e-2", "e-3");
            assertThat(pendingOf("plan-1")).isEmpty();
        } finally {
            broker.close();
        }
    }

    private OutboxRelay relay(String bootstrapServers, int maxBlockMillis) {
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMillis),
                new StringSerializer(), new ByteArraySerializer()));
        CloudEventPublisher publisher = new CloudEventPublisher(kafka, URI.create("/dondoc/test"),
                Duration.ofSeconds(10), new SimpleMeterRegistry());
        return new OutboxRelay(mongo, publisher, List.of("plans"), Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    private static List<PendingEvent> pending(String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> new PendingEvent(id, TOPIC, "vn.dondoc.plan.issued.v1", "plan-1", "1/KH-SKHCN",
                        Instant.parse("2026-11-20T01:00:00Z"), "{\"eventId\":\"" + id + "\"}"))
                .toList();
    }

    private List<?> pendingOf(String id) {
        return mongo.findById(id, Document.class, "plans").getList("pendingEvents", Object.class);
    }

    /** A port p with p + 1 also free: the broker listens on p, its controller on p + 1. */
    private static int freePortPair() {
        return FreePorts.run(2);
    }

    record Plan(String id, List<PendingEvent> pendingEvents) {
    }

}
