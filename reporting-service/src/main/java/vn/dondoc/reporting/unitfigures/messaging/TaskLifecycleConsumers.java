package vn.dondoc.reporting.unitfigures.messaging;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.TaskAcknowledged;
import vn.dondoc.contracts.TaskDueDateChanged;
import vn.dondoc.contracts.TaskExtensionDecided;
import vn.dondoc.contracts.TaskProgressReported;
import vn.dondoc.contracts.TaskRefused;
import vn.dondoc.contracts.TaskResultReviewed;
import vn.dondoc.contracts.TaskResultSubmitted;
import vn.dondoc.contracts.TaskWithdrawn;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.reporting.unitfigures.LifecycleFact;
import vn.dondoc.reporting.unitfigures.LifecycleFact.Kind;
import vn.dondoc.reporting.unitfigures.UnitFigures;

/**
 * Bindings {@code taskAcknowledged-in-0}, {@code taskProgressReported-in-0} (the progress axis of
 * {@code assignment-status}), {@code taskResultSubmitted-in-0}, {@code taskResultReviewed-in-0},
 * {@code taskExtensionDecided-in-0}, {@code taskDueDateChanged-in-0}, {@code taskRefused-in-0} and
 * {@code taskWithdrawn-in-0}: each event becomes one {@link LifecycleFact} with the event's id.
 * A rejected extension changes no deadline and is not kept.
 */
@Configuration(proxyBeanMethods = false)
class TaskLifecycleConsumers {

    @Bean
    Consumer<Message<byte[]>> taskAcknowledged(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskAcknowledged.class, (received, zone) -> {
            TaskAcknowledged event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.ACKNOWLEDGED, event.occurredAt(), zone, null));
        });
    }

    @Bean
    Consumer<Message<byte[]>> taskProgressReported(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskProgressReported.class, (received, zone) -> {
            TaskProgressReported event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.PROGRESS_REPORTED, event.occurredAt(), zone, null));
        });
    }

    @Bean
    Consumer<Message<byte[]>> taskResultSubmitted(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskResultSubmitted.class, (received, zone) -> {
            TaskResultSubmitted event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.RESULT_SUBMITTED, event.occurredAt(), zone, event.submittedOn()));
        });
    }

    @Bean
    Consumer<Message<byte[]>> taskResultReviewed(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskResultReviewed.class, (received, zone) -> {
            TaskResultReviewed event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    event.accepted() ? Kind.RESULT_ACCEPTED : Kind.RESULT_RETURNED, event.occurredAt(), zone,
                    event.accepted() ? event.completedOn() : null));
        });
    }

    @Bean
    Consumer<Message<byte[]>> taskExtensionDecided(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskExtensionDecided.class, (received, zone) -> {
            TaskExtensionDecided event = received.data();
            return event.approved() ? Optional.of(LifecycleFact.of(received.id(), event.assignmentId(),
                    event.unitCode(), Kind.DUE_DATE_SET, event.occurredAt(), zone, event.dueDate())) : Optional.empty();
        });
    }

    @Bean
    Consumer<Message<byte[]>> taskDueDateChanged(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskDueDateChanged.class, (received, zone) -> {
            TaskDueDateChanged event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.PLAN_DUE_DATE_SET, event.occurredAt(), zone, event.dueDate()));
        });
    }

    @Bean
    Consumer<Message<byte[]>> taskRefused(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskRefused.class, (received, zone) -> {
            TaskRefused event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.REFUSED, event.occurredAt(), zone, null));
        });
    }

    @Bean
    Consumer<Message<byte[]>> taskWithdrawn(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskWithdrawn.class, (received, zone) -> {
            TaskWithdrawn event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.WITHDRAWN, event.occurredAt(), zone, null));
        });
    }

    /** Reads the event and records the fact it makes, if any (in the service's time zone). */
    private static <T> Consumer<Message<byte[]>> recording(CloudEventReader reader, UnitFigures figures, Clock clock,
            Class<T> type, BiFunction<ReceivedEvent<T>, ZoneId, Optional<LifecycleFact>> fact) {
        return message -> fact.apply(reader.read(message, type), clock.getZone()).ifPresent(figures::record);
    }
}
