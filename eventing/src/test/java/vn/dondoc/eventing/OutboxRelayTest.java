package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TopicRecords;

@EmbeddedKafka(partitions = 1)
class OutboxRelayTest {

    private final MongoTemplate mongo = new MongoTemplate(
            MongoClients.create(InMemoryMongo.connectionString()), "outbox-relay-test");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void emptyStore() {
        mongo.dropCollection("things");
    }

    @Test
    void publishesPendingEventsAsBinaryCloudEventsAndRemovesThemFromTheDocument(
            EmbeddedKafkaBroker broker) {
        String topic = "relay-publishes";
        storeThingWithPendingEvents(topic, "e-1", "e-2");

        int published = relayTo(broker.getBrokersAsString()).relayPending();

        assertThat(published).isEqualTo(2);
        List<ConsumerRecord<String, byte[]>> records = new TopicRecords(broker.getBrokersAsString())
                .all(topic, Duration.ofSeconds(1));
        assertThat(records).extracting(record -> header(record, "ce_id")).containsExactly("e-1", "e-2");
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(first.key()).isEqualTo("thing-1");
        assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(first, "ce_type")).isEqualTo("vn.dondoc.test.happened.v1");
        assertThat(header(first, "ce_source")).isEqualTo("/dondoc/test");
        assertThat(header(first, "ce_subject")).isEqualTo("Việc số 1");
        assertThat(header(first, "ce_time")).isEqualTo("2026-11-20T01:02:03Z");
        assertThat(header(first, "content-type")).isEqualTo("application/json");
        assertThat(value(first)).isEqualTo("{\"n\":\"e-1\",\"text\":\"Văn phòng Sở\"}");
        assertThat(pendingEventsOf("thing-1")).isEmpty();
        assertThat(meters.counter("dondoc.events.published", "type", "vn.dondoc.test.happened.v1",
                "topic", topic).count()).isEqualTo(2);
    }

    @Test
    void keepsEventsPendingWhileTheBrokerIsUnreachableAndPublishesEachExactlyOnceWhenItIsBack(
            EmbeddedKafkaBroker broker) {
        String topic = "relay-restart";
        storeThingWithPendingEvents(topic, "e-1", "e-2");

        assertThatThrownBy(() -> relayTo("127.0.0.1:1").relayPending())
                .isInstanceOf(CloudEventPublisher.PublicationFailedException.class);
        assertThat(pendingEventsOf("thing-1")).hasSize(2);

        OutboxRelay restarted = relayTo(broker.getBrokersAsString());
        assertThat(restarted.relayPending()).isEqualTo(2);
        assertThat(restarted.relayPending()).isZero();

        assertThat(new TopicRecords(broker.getBrokersAsString()).all(topic, Duration.ofSeconds(1)))
                .extracting(record -> header(record, "ce_id")).containsExactly("e-1", "e-2");
        assertThat(pendingEventsOf("thing-1")).isEmpty();
    }

    @Test
    void doesNotSendAgainAnEventADocumentSavedLaterStillHolds(EmbeddedKafkaBroker broker) {
        String topic = "relay-saved-again";
        storeThingWithPendingEvents(topic, "e-1");
        OutboxRelay relay = relayTo(broker.getBrokersAsString());
        relay.relayPending();

        // a writer that loaded the document before the relay removed e-1 saves it with a new event
        storeThingWithPendingEvents(topic, "e-1", "e-2");
        relay.relayPending();

        assertThat(new TopicRecords(broker.getBrokersAsString()).all(topic, Duration.ofSeconds(1)))
                .extracting(record -> header(record, "ce_id")).containsExactly("e-1", "e-2");
        assertThat(pendingEventsOf("thing-1")).isEmpty();
    }

    private OutboxRelay relayTo(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                // short only where the broker is unreachable on purpose; topic creation may take longer
                ProducerConfig.MAX_BLOCK_MS_CONFIG, bootstrapServers.endsWith(":1") ? 1000 : 30_000,
                ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                config, new StringSerializer(), new ByteArraySerializer()));
        CloudEventPublisher publisher = new CloudEventPublisher(kafka, URI.create("/dondoc/test"),
                Duration.ofSeconds(5), meters);
        return new OutboxRelay(mongo, publisher, List.of("things"), Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    private void storeThingWithPendingEvents(String topic, String... eventIds) {
        List<PendingEvent> pending = java.util.Arrays.stream(eventIds)
                .map(id -> new PendingEvent(id, topic, "vn.dondoc.test.happened.v1", "thing-1",
                        "Việc số 1", Instant.parse("2026-11-20T01:02:03Z"),
                        "{\"n\":\"" + id + "\",\"text\":\"Văn phòng Sở\"}"))
                .toList();
        mongo.save(new Thing("thing-1", pending), "things");
    }

    private List<?> pendingEventsOf(String id) {
        return mongo.findById(id, Document.class, "things").getList("pendingEvents", Object.class);
    }

    record Thing(String id, List<PendingEvent> pendingEvents) {
    }
}
