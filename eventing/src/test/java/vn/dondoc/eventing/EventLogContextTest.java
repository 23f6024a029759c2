package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
}
