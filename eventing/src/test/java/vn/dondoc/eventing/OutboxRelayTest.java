package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
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
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC);

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

    @Test
    void parksAnEventTooLargeToPublishWithItsReasonAndGoesOnWithTheNextEventsAndDocuments(
            EmbeddedKafkaBroker broker) {
        String topic = "relay-parks";
        store("thing-1", pending(topic, "e-big", "x".repeat(1_100_000)), pending(topic, "e-2", "after"));
        store("thing-2", pending(topic, "e-3", "next document"));
        ParkedEvents parked = new ParkedEvents(mongo, List.of("things"), FIXED);
        OutboxRelay relay = relayTo(broker.getBrokersAsString(), parked);

        int published = relay.relayPending();

        assertThat(published).isEqualTo(2);
        assertThat(new TopicRecords(broker.getBrokersAsString()).all(topic, Duration.ofSeconds(1)))
                .extracting(record -> header(record, "ce_id")).containsExactly("e-2", "e-3");
        assertThat(pendingEventsOf("thing-1")).isEmpty();
        Document stillStored = mongo.findById("thing-1", Document.class, "things")
                .getList("parkedEvents", Document.class).get(0);
        assertThat(stillStored.getString("payload")).as("never lost").hasSize(1_100_000 + 2);
        assertThat(stillStored.getString("reason")).startsWith("RecordTooLargeException: ");
        Health health = new OutboxHealthIndicator(relay, parked).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("parkedEvents", 1L).containsEntry("pendingEvents", 0L);
        ParkedEventsEndpoint.Report report = new ParkedEventsEndpoint(parked).parkedEvents();
        assertThat(report.count()).isEqualTo(1);
        assertThat(report.events()).singleElement().satisfies(event -> {
            assertThat(event.collection()).isEqualTo("things");
            assertThat(event.documentId()).isEqualTo("thing-1");
            assertThat(event.eventId()).isEqualTo("e-big");
            assertThat(event.topic()).isEqualTo(topic);
            assertThat(event.reason()).contains("max.request.size");
            assertThat(event.parkedAt()).isEqualTo(FIXED.instant());
        });
        assertThat(relay.relayPending()).as("nothing left to publish, nothing failing").isZero();
    }

    @Test
    void sweepsPastAFullPageWhoseFirstDocumentCannotBePublished(EmbeddedKafkaBroker broker) {
        String topic = "relay-pages";
        store("thing-000", pending(topic, "e-big", "x".repeat(1_100_000)));
        for (int i = 1; i <= 600; i++) {
            String id = "thing-%03d".formatted(i);
            store(id, pending(topic, "e-" + id, "n"));
        }

        int published = relayTo(broker.getBrokersAsString()).relayPending();

        assertThat(published).isEqualTo(600);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("pendingEvents.0").exists(true)), "things"))
                .isZero();
        assertThat(new ParkedEvents(mongo, List.of("things"), FIXED).count()).isEqualTo(1);
    }

    private OutboxRelay relayTo(String bootstrapServers) {
        return relayTo(bootstrapServers, new ParkedEvents(mongo, List.of("things"), FIXED));
    }

    private OutboxRelay relayTo(String bootstrapServers, ParkedEvents parked) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                // short only where the broker is unreachable on purpose; topic creation may take longer
                ProducerConfig.MAX_BLOCK_MS_CONFIG, bootstrapServers.endsWith(":1") ? 1000 : 30_000,
                ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                config, new StringSerializer(), new ByteArraySerializer()));
        CloudEventPublisher publisher = new CloudEventPublisher(kafka, URI.create("/dondoc/test"),
                Duration.ofSeconds(5), meters);
        return new OutboxRelay(mongo, publisher, parked, List.of("things"), Duration.ofMillis(100),
                Duration.ofSeconds(5));
    }

    private void storeThingWithPendingEvents(String topic, String... eventIds) {
        List<PendingEvent> pending = java.util.Arrays.stream(eventIds)
                .map(id -> new PendingEvent(id, topic, "vn.dondoc.test.happened.v1", "thing-1",
                        "Việc số 1", Instant.parse("2026-11-20T01:02:03Z"),
                        "{\"n\":\"" + id + "\",\"text\":\"Văn phòng Sở\"}"))
                .toList();
        mongo.save(new Thing("thing-1", pending), "things");
    }

    private static PendingEvent pending(String topic, String eventId, String text) {
        return new PendingEvent(eventId, topic, "vn.dondoc.test.happened.v1", "thing", "Việc",
                Instant.parse("2026-11-20T01:02:03Z"), "\"" + text + "\"");
    }

    private void store(String id, PendingEvent... pending) {
        mongo.save(new Thing(id, List.of(pending)), "things");
    }

    private List<?> pendingEventsOf(String id) {
        return mongo.findById(id, Document.class, "things").getList("pendingEvents", Object.class);
    }

    record Thing(String id, List<PendingEvent> pendingEvents) {
    }
}
