package vn.dondoc.eventing;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires the publisher, the relay and its write path, the reader, the consumer error policy, the
 * outbox health, static group membership and the store's read timeout into every service.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@EnableConfigurationProperties({EventingProperties.class, StoreReadTimeout.Settings.class})
public class EventingAutoConfiguration {

    /** The clock that stamps events and business dates: Asia/Ho_Chi_Minh, replaceable in tests. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Bean
    CloudEventReader cloudEventReader(MeterRegistry meters) {
        return new CloudEventReader(meters);
    }

    /** Dead-letters what can never be read, retries everything else in place (every binding). */
    @Bean
    ConsumerErrorPolicy consumerErrorPolicy(KafkaProperties kafka, EventingProperties properties,
            MeterRegistry meters) {
        return new ConsumerErrorPolicy(kafka.buildProducerProperties(), properties.consumer(), meters);
    }

    @Bean
    StoreReadTimeout storeReadTimeout(StoreReadTimeout.Settings settings) {
        return new StoreReadTimeout(settings.readTimeout());
    }

    @Bean
    StaticGroupMembership staticGroupMembership(EventingProperties properties) {
        return new StaticGroupMembership(properties.instanceId());
    }

    @Bean
    KafkaTemplate<String, byte[]> cloudEventKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new ByteArraySerializer()));
    }

    @Bean
    CloudEventPublisher cloudEventPublisher(KafkaTemplate<String, byte[]> cloudEventKafkaTemplate,
            EventingProperties properties, MeterRegistry meters) {
        return new CloudEventPublisher(cloudEventKafkaTemplate, properties.source(),
                properties.sendTimeout(), meters);
    }

    @Bean
    ParkedEvents parkedEvents(MongoOperations mongo, EventingProperties properties, Clock clock) {
        return new ParkedEvents(mongo, properties.outboxCollections(), clock);
    }

    @Bean
    OutboxRelay outboxRelay(MongoOperations mongo, CloudEventPublisher publisher, ParkedEvents parkedEvents,
            EventingProperties properties) {
        return new OutboxRelay(mongo, publisher, parkedEvents, properties.outboxCollections(),
                properties.relayInterval(), properties.sweepInterval());
    }

    @Bean
    ParkedEventsEndpoint parkedEventsEndpoint(ParkedEvents parkedEvents) {
        return new ParkedEventsEndpoint(parkedEvents);
    }

    @Bean
    OutboxWrites outboxWrites(MongoOperations mongo, OutboxRelay relay) {
        return new OutboxWrites(mongo, relay);
    }

    @Bean
    OutboxWriteListener outboxWriteListener(OutboxRelay relay) {
        return new OutboxWriteListener(relay);
    }

    @Bean
    OutboxMetrics outboxMetrics(OutboxRelay relay, ParkedEvents parkedEvents) {
        return new OutboxMetrics(relay, parkedEvents);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(OutboxRelay relay, ParkedEvents parkedEvents) {
        return new OutboxHealthIndicator(relay, parkedEvents);
    }
}
