package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class EventLogContextTest {

    private final EventLogContext<Object, Object> context = new EventLogContext<>();

    @Test
    void aRecordsCloudEventsIdTypeAndPlaceAreInTheLogContextWhileItIsHandledAndGoneAfter() {
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>("plan-issued", 2, 41L, "p-1", new byte[0]);
        record.headers().add("ce_id", "b4eebb63".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "vn.dondoc.plan.issued.v1".getBytes(StandardCharsets.UTF_8));

        context.intercept(record, null);

        assertThat(MDC.get("ce_id")).isEqualTo("b4eebb63");
        assertThat(MDC.get("ce_type")).isEqualTo("vn.dondoc.plan.issued.v1");
        assertThat(MDC.get("event.topic")).isEqualTo("plan-issued-2@41");

        context.afterRecord(record, null);

        assertThat(new String[] {MDC.get("ce_id"), MDC.get("ce_type"), MDC.get("event.topic")}).containsOnlyNulls();
    }

    @Test
    void aRecordWithoutCloudEventsHeadersLeavesNoIdOfThePreviousOne() {
        MDC.put("ce_id", "earlier");
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>("plan-issued", 0, 1L, "p-1", new byte[0]);

        context.intercept(record, null);

        assertThat(MDC.get("ce_id")).isNull();
        context.clearThreadState(null);
    }

    @Test
    void aPollOfABatchBindingIsNamedByItsOffsetsAndTypeWhileItIsHandledAndGoneAfter() {
        List<ConsumerRecord<Object, Object>> read = new ArrayList<>();
        for (long offset = 23; offset <= 29; offset++) {
            ConsumerRecord<Object, Object> record = new ConsumerRecord<>("task-assigned", 0, offset, "a-" + offset,
                    new byte[0]);
            record.headers().add("ce_id", ("id-" + offset).getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "vn.dondoc.task.assigned.v1".getBytes(StandardCharsets.UTF_8));
            read.add(record);
        }
        ConsumerRecords<Object, Object> poll = new ConsumerRecords<>(
                Map.of(new TopicPartition("task-assigned", 0), read), Map.of());

        context.intercept(poll, null);

        assertThat(MDC.get("event.topic")).isEqualTo("task-assigned-0@23..29");
        assertThat(MDC.get("ce_type")).isEqualTo("vn.dondoc.task.assigned.v1");
        assertThat(MDC.get("ce_id")).isNull();

        context.success(poll, null);

        assertThat(new String[] {MDC.get("ce_id"), MDC.get("ce_type"), MDC.get("event.topic")}).containsOnlyNulls();
    }

    @Test
    void aPollOfOneRecordNamesItsId() {
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>("task-assigned", 1, 7L, "a-7", new byte[0]);
        record.headers().add("ce_id", "only".getBytes(StandardCharsets.UTF_8));

        context.intercept(new ConsumerRecords<>(Map.of(new TopicPartition("task-assigned", 1), List.of(record)),
                Map.of()), null);

        assertThat(MDC.get("ce_id")).isEqualTo("only");
        assertThat(MDC.get("event.topic")).isEqualTo("task-assigned-1@7");
        context.clearThreadState(null);
    }
}
