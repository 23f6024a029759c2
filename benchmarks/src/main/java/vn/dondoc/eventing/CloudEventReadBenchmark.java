package vn.dondoc.eventing;

import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.TaskAssigned;

/**
 * What reading one {@code task-assigned} record costs a consumer (reporting-service and
 * notification-service read every one): the record as the publisher writes it (CloudEvents binary
 * mode, {@code ce_*} headers), handed over as the Kafka binder hands it over (header values as bytes),
 * read by {@link CloudEventReader} into the contract record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CloudEventReadBenchmark {

    private final CloudEventReader reader = new CloudEventReader(new SimpleMeterRegistry());
    private Message<byte[]> message;

    @Setup
    public void record() {
        Instant now = Instant.parse("2026-12-07T02:00:00Z");
        TaskAssigned event = new TaskAssigned("7f0c4a52-3d1e-3b7a-9c55-0d1f2e3a4b5c", now,
                "plan-1:T12:SKHCN.QLKH:once", "plan-1", "123/KH-SKHCN", "SKHCN", "T12", "12",
                "Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý của Sở; đề xuất phương án đơn giản hóa",
                "SKHCN.QLKH", AssignmentRole.COORDINATOR, List.of("SKHCN.VP"), LocalDate.of(2026, 12, 20),
                "FIXED_DEADLINE", "once", null);
        // as the relay sends it: the pending event the outbox stores, made a record by the publisher
        PendingEvent pending = Outbox.pending(event.unitCode(), event.assignmentId(), event);
        CloudEventPublisher publisher = new CloudEventPublisher(null, URI.create("/dondoc/task-service"),
                Duration.ofSeconds(10), new SimpleMeterRegistry());
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(pending.topic(), pending.key())
                .writeBinary(publisher.toCloudEvent(pending));
        Map<String, Object> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        headers.put("kafka_receivedTopic", "task-assigned");
        headers.put("kafka_receivedPartitionId", 1);
        headers.put("kafka_offset", 4711L);
        message = MessageBuilder.createMessage(record.value(), new MessageHeaders(headers));
    }

    @Benchmark
    public TaskAssigned readTaskAssigned() {
        return reader.read(message, TaskAssigned.class).data();
    }

    @Benchmark
    public TaskAssigned readPayloadOnly() {
        return EventJson.read(message.getPayload(), TaskAssigned.class);
    }
}
