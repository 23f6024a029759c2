package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.eventing.testing.TopicRecords.header;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TopicRecords;

/**
 * The relay works a page of documents at a time: it sends all their events without waiting, then
 * removes every acknowledged event of the page with one bulk write — each event on the topic once,
 * in its document's order, and nothing left pending.
 */
@EmbeddedKafka(partitions = 3)
class OutboxRelayBatchTest {

    private static final String COLLECTION = "batch-things";

    private final List<CommandStartedEvent> commands = new CopyOnWriteArrayList<>();
    private final MongoTemplate mongo = new MongoTemplate(MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(InMemoryMongo.connectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.add(event);
                }
            }).build()), "outbox-relay-batch-test");

    @Test
    void publishesAPageOfDocumentsAndRemovesTheirEventsWithOneBulkWrite(EmbeddedKafkaBroker broker) {
        String topic = "relay-batch";
        mongo.dropCollection(COLLECTION);
        Map<String, List<String>> eventsOf = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            String id = "thing-%03d".formatted(i);
            List<String> events = List.of(id + "-created", id + "-changed", id + "-closed");
            eventsOf.put(id, events);
            mongo.save(new OutboxRelayTest.Thing(id, events.stream().map(event -> pending(topic, id, event)).toList()),
                    COLLECTION);
        }
        commands.clear();

        int published = relayTo(broker.getBrokersAsString()).relayPending();

        assertThat(published).isEqualTo(600);
        List<ConsumerRecord<String, byte[]>> records = new TopicRecords(broker.getBrokersAsString())
                .all(topic, Duration.ofSeconds(1));
        assertThat(records).hasSize(600);
        for (Map.Entry<String, List<String>> thing : eventsOf.entrySet()) {
            assertThat(records.stream().filter(record -> thing.getKey().equals(record.key()))
                    .map(record -> header(record, "ce_id")).toList())
                    .as("the events of %s, once each and in order", thing.getKey())
                    .containsExactlyElementsOf(thing.getValue());
        }
        assertThat(mongo.count(Query.query(Criteria.where("pendingEvents.0").exists(true)), COLLECTION)).isZero();
        List<String> writes = new ArrayList<>();
        commands.stream().map(CommandStartedEvent::getCommandName)
                .filter(name -> List.of("update", "insert", "delete", "findAndModify").contains(name))
                .forEach(writes::add);
        assertThat(writes).as("one bulk write removes the page's 600 published events").containsExactly("update");
    }

    private OutboxRelay relayTo(String bootstrapServers) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                config, new StringSerializer(), new ByteArraySerializer()));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CloudEventPublisher publisher = new CloudEventPublisher(kafka, URI.create("/dondoc/test"),
                Duration.ofSeconds(5), meters);
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
        return new OutboxRelay(mongo, publisher, new ParkedEvents(mongo, List.of(COLLECTION), clock),
                List.of(COLLECTION), Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    private static PendingEvent pending(String topic, String key, String eventId) {
        return new PendingEvent(eventId, topic, "vn.dondoc.test.happened.v1", key, "Việc",
                Instant.parse("2026-11-20T01:02:03Z"), "{\"n\":\"" + eventId + "\"}");
    }
}
