package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.contracts.TaskAssigned;

class CloudEventReaderTest {

    private static final String REPORT_DUE = """
            {"eventId":"e-1","occurredAt":"2026-11-20T01:00:00Z","reportId":"VP:2026-Q4:UNIT_TO_OFFICE",
             "unitCode":"VP","periodType":"QUARTER","periodLabel":"Quý IV/2026","windowStart":"2026-09-15",
             "windowEnd":"2026-12-14","dueDate":"2026-12-16","level":"UNIT_TO_OFFICE","addedLater":1}
            """;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CloudEventReader reader = new CloudEventReader(meters);

    @Test
    void readsTheContractRecordAndItsCloudEventsIdIgnoringUnknownFields() {
        CloudEventReader.ReceivedEvent<ReportDue> received =
                reader.read(message(headers(EventTypes.REPORT_DUE), REPORT_DUE), ReportDue.class);

        assertThat(received.id()).isEqualTo("e-1");
        assertThat(received.data().periodLabel()).isEqualTo("Quý IV/2026");
        assertThat(meters.counter("dondoc.events.consumed", "type", EventTypes.REPORT_DUE).count())
                .isEqualTo(1);
    }

    @Test
    void rejectsARecordWithoutCloudEventsHeaders() {
        assertThatThrownBy(() -> reader.read(message(Map.of(), REPORT_DUE), ReportDue.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("not a CloudEvent in binary mode");
    }

    @Test
    void rejectsAnUnknownEventType() {
        assertThatThrownBy(() -> reader.read(message(headers("vn.dondoc.unknown.v1"), REPORT_DUE),
                ReportDue.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("unknown event type: vn.dondoc.unknown.v1");
    }

    @Test
    void rejectsAKnownTypeOnTheWrongTopic() {
        assertThatThrownBy(() -> reader.read(message(headers(EventTypes.REPORT_DUE), REPORT_DUE),
                TaskAssigned.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("does not belong on this topic");
        assertThat(meters.counter("dondoc.events.rejected", "expected", "TaskAssigned").count())
                .isEqualTo(1);
    }

    @Test
    void rejectsAnEventMissingARequiredField() {
        String withoutUnit = REPORT_DUE.replace("\"unitCode\":\"VP\",", "");

        assertThatThrownBy(() -> reader.read(message(headers(EventTypes.REPORT_DUE), withoutUnit),
                ReportDue.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("missing required field: unitCode");
    }

    private static Map<String, Object> headers(String type) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("ce_id", "e-1".getBytes(StandardCharsets.UTF_8));
        headers.put("ce_type", type.getBytes(StandardCharsets.UTF_8));
        headers.put("ce_source", "/dondoc/reporting-service".getBytes(StandardCharsets.UTF_8));
        headers.put("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.put("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static Message<byte[]> message(Map<String, Object> headers, String json) {
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8)).copyHeaders(headers).build();
    }
}
