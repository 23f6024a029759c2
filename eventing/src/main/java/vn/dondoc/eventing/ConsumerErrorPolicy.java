package vn.dondoc.eventing;

import static org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder.X_EXCEPTION_FQCN;
import static org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE;
import static org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder.X_EXCEPTION_STACKTRACE;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.StringUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The one error policy of every consumer binding. A record that can never be read
 * ({@link ConsumerFailures#permanent}) goes at once to {@code error.<topic>.<group>} with the reason
 * in {@code x-exception-message}; any other failure pauses the binding and tries the same record
 * again with exponential backoff (capped), for as long as the failure lasts: its offset is not
 * committed, so nothing after it overtakes it and nothing is lost. The binder's own retry and
 * dead-lettering are switched off for the bindings, so {@code max-attempts} and
 * {@code retryable-exceptions} do not apply. Each retry counts in {@code dondoc.events.retried}
 * (tags {@code topic}, {@code reason}): a consumer that waits out an outage shows there; each dead
 * letter in {@code dondoc.events.dead-lettered} (same tags). While a record is handled its CloudEvents
 * id and type are in the log context ({@link EventLogContext}).
 */
public class ConsumerErrorPolicy implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsumerErrorPolicy.class);

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> deadLetters;
    private final ThreadPoolTaskScheduler resumer = new ThreadPoolTaskScheduler();
    private final EventingProperties.Consumer settings;
    private final MeterRegistry meters;

    public ConsumerErrorPolicy(Map<String, Object> producerConfig, EventingProperties.Consumer settings,
            MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producers = new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(),
                new ByteArraySerializer());
        this.deadLetters = new KafkaTemplate<>(producers);
        this.settings = settings;
        this.meters = meters;
        resumer.setThreadNamePrefix("consumer-resume-");
        resumer.initialize();
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        configure(container, destinationName, group, dlqDestinationResolver, backOff, null);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        if (binding != null && binding.getMaxAttempts() <= 1) {
            // With max-attempts 1 the binder routes every failure to its own error channel (and, with
            // a DLQ, dead-letters passing failures too) before this policy could see it.
            throw new IllegalStateException("binding " + binding.getBindingName() + ": max-attempts must stay above 1 "
                    + "(the binder's default 3) for the consumer error policy to apply; retries are the policy's");
        }
        String dlq = binding != null && StringUtils.hasText(binding.getExtension().getDlqName())
                ? binding.getExtension().getDlqName() : "error." + destinationName + "." + group;
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer(dlq), backOff(),
                new ContainerPausingBackOffHandler(new ListenerContainerPauseService(null, resumer)));
        handler.setClassifications(ConsumerFailures.retryable(), true);
        handler.setLogLevel(KafkaException.Level.WARN);
        handler.setRetryListeners(retriesCounted());
        container.setCommonErrorHandler(handler);
        logContext(container);
    }

    private static <K, V> void logContext(AbstractMessageListenerContainer<K, V> container) {
        EventLogContext<K, V> context = new EventLogContext<>();
        container.setRecordInterceptor(context);
        container.setBatchInterceptor(context);
    }

    private RetryListener retriesCounted() {
        return new RetryListener() {

            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                if (failure != null && !ConsumerFailures.permanent(failure)) {
                    Throwable reason = ConsumerFailures.reason(failure);
                    meters.counter("dondoc.events.retried", "topic", record.topic(),
                            "reason", reason.getClass().getSimpleName()).increment();
                    log.warn("{}-{}@{} failed (try {}), kept in place and tried again after a pause: {}",
                            record.topic(), record.partition(), record.offset(), attempt, reason.toString());
                }
            }

            /** A batch binding's whole poll failed (e.g. its bulk writes, the store unreachable): counted once. */
            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception failure, int attempt) {
                if (failure != null && !records.isEmpty() && !ConsumerFailures.permanent(failure)) {
                    Throwable reason = ConsumerFailures.reason(failure);
                    ConsumerRecord<?, ?> first = records.iterator().next();
                    meters.counter("dondoc.events.retried", "topic", first.topic(),
                            "reason", reason.getClass().getSimpleName()).increment();
                    log.warn("a poll of {} records from {}-{}@{} failed (try {}), kept in place and tried again after"
                            + " a pause: {}", records.count(), first.topic(), first.partition(), first.offset(), attempt,
                            reason.toString());
                }
            }
        };
    }

    private BackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(settings.initialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxBackoff().toMillis());
        return backOff;
    }

    private DeadLetterPublishingRecoverer recoverer(String dlq) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> {
                    meters.counter("dondoc.events.dead-lettered", "topic", record.topic(),
                            "reason", ConsumerFailures.reason(failure).getClass().getSimpleName()).increment();
                    return new TopicPartition(dlq, record.partition());
                });
        recoverer.setHeaderNamesSupplier(() -> HeaderNames.Builder.original()
                .topicHeader("x-original-topic").partitionHeader("x-original-partition")
                .offsetHeader("x-original-offset").timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type").consumerGroupHeader("x-original-consumer-group")
                .exception().exceptionFqcn(X_EXCEPTION_FQCN).exceptionCauseFqcn("x-exception-cause-fqcn")
                .exceptionMessage(X_EXCEPTION_MESSAGE).exceptionStacktrace(X_EXCEPTION_STACKTRACE)
                .keyExceptionFqcn("x-key-exception-fqcn").keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace").build());
        recoverer.setExceptionHeadersCreator((headers, failure, isKey, names) -> reason(headers, failure));
        return recoverer;
    }

    /** The reason of a dead letter, replacing that of an earlier dead-lettering (a replayed record). */
    private static void reason(Headers headers, Exception failure) {
        Throwable reason = ConsumerFailures.reason(failure);
        StringWriter trace = new StringWriter();
        reason.printStackTrace(new PrintWriter(trace));
        String message = reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
        headers.remove(X_EXCEPTION_FQCN).remove(X_EXCEPTION_MESSAGE).remove(X_EXCEPTION_STACKTRACE);
        headers.add(X_EXCEPTION_FQCN, reason.getClass().getName().getBytes(StandardCharsets.UTF_8));
        headers.add(X_EXCEPTION_MESSAGE, message.getBytes(StandardCharsets.UTF_8));
        headers.add(X_EXCEPTION_STACKTRACE, trace.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        resumer.shutdown();
        producers.destroy();
    }
}
