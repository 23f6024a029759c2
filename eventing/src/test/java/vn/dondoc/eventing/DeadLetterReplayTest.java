package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.dondoc.eventing.testing.TopicRecords;

@EmbeddedKafka(partitions = 1, topics = {"plan-issued", "error.plan-issued.task-service"})
class DeadLetterReplayTest {

    static final String DEAD_LETTERS = "error.plan-issued.task-service";

    @Test
    void publishesEachDeadLetterAgainToItsTopicOnceWithoutTheDeadLetterHeaders(EmbeddedKafkaBroker broker) {
        TopicRecords topics = new TopicRecords(broker.getBrokersAsString());
        deadLetter(topics, "e1", "p1");

        int first = DeadLetterReplay.replay(broker.getBrokersAsString(), DEAD_LETTERS);
        int again = DeadLetterReplay.replay(broker.getBrokersAsString(), DEAD_LETTERS);
        deadLetter(topics, "e2", "p2");
        int later = DeadLetterReplay.replay(broker.getBrokersAsString(), DEAD_LETTERS);

        assertThat(List.of(first, again, later)).containsExactly(1, 0, 1);
        List<ConsumerRecord<String, byte[]>> replayed = topics.all("plan-issued", Duration.ofMillis(500));
        assertThat(replayed).extracting(ConsumerRecord::key).containsExactly("p1", "p2");
        assertThat(replayed.get(0)).satisfies(record -> {
            assertThat(header(record, "ce_id")).isEqualTo("e1");
            assertThat(header(record, "ce_type")).isEqualTo("vn.dondoc.plan.issued.v1");
            assertThat(value(record)).isEqualTo("{\"planId\":\"p1\"}");
            assertThat(record.headers()).extracting(h -> h.key())
                    .noneMatch(key -> key.startsWith("x-exception-") || key.startsWith("x-original-"));
        });
    }

    private static void deadLetter(TopicRecords topics, String eventId, String planId) {
        topics.send(DEAD_LETTERS, planId, Map.of("ce_id", eventId, "ce_type", "vn.dondoc.plan.issued.v1",
                "ce_source", "/dondoc/plan-service", "ce_specversion", "1.0", "content-type", "application/json",
                "x-original-topic", "plan-issued", "x-exception-message", "plan p1 was not readable",
                "x-exception-fqcn", MalformedEventException.class.getName()), "{\"planId\":\"" + planId + "\"}");
    }
}
