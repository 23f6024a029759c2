package vn.dondoc.local;

import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.dondoc.eventing.testing.InMemoryMongo;

/** The end-to-end scenarios on the embedded KRaft broker and the in-JVM MongoDB-compatible store. */
@EmbeddedKafka(partitions = 3)
class EndToEndTest extends EndToEndScenarios {

    @Override
    String bootstrapServers() {
        return EmbeddedKafkaCondition.getBroker().getBrokersAsString();
    }

    @Override
    String mongoUri() {
        return InMemoryMongo.connectionString();
    }
}
