package vn.dondoc.reporting.unitfigures.messaging;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import vn.dondoc.eventing.ReceivedBatch;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.reporting.unitfigures.LifecycleFact;
import vn.dondoc.reporting.unitfigures.LifecycleFact.Kind;
import vn.dondoc.reporting.unitfigures.UnitFigures;

/**
 * Bindings {@code taskAcknowledged-in-0}, {@code taskProgressReported-in-0} (the progress axis of
 * {@code assignment-status}), {@code taskResultSubmitted-in-0}, {@code taskResultReviewed-in-0},
 * {@code taskExtensionDecided-in-0}, {@code taskDueDateChanged-in-0}, {@code taskRefused-in-0} and
 * {@code taskWithdrawn-in-0}, all in batch mode: each event becomes one {@link LifecycleFact} with the
 * event's id, a poll's facts stored together. A rejected extension changes no deadline and is not kept.
 */
@Configuration(proxyBeanMethods = false)
class TaskLifecycleConsumers {

    @Bean
    Consumer<Message<Object>> taskAcknowledged(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskAcknowledged.class, (received, zone) -> {
            TaskAcknowledged event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.ACKNOWLEDGED, event.occurredAt(), zone, null));
        });
    }

    @Bean
    Consumer<Message<Object>> taskProgressReported(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskProgressReported.class, (received, zone) -> {
            TaskProgressReported event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.PROGRESS_REPORTED, event.occurredAt(), zone, null));
        });
    }

    @Bean
    Consumer<Message<Object>> taskResultSubmitted(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskResultSubmitted.class, (received, zone) -> {
            TaskResultSubmitted event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.RESULT_SUBMITTED, event.occurredAt(), zone, event.submittedOn()));
        });
    }

    @Bean
    Consumer<Message<Object>> taskResultReviewed(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskResultReviewed.class, (received, zone) -> {
            TaskResultReviewed event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    event.accepted() ? Kind.RESULT_ACCEPTED : Kind.RESULT_RETURNED, event.occurredAt(), zone,
                    event.accepted() ? event.completedOn() : null));
        });
    }

    @Bean
    Consumer<Message<Object>> taskExtensionDecided(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskExtensionDecided.class, (received, zone) -> {
            TaskExtensionDecided event = received.data();
            return event.approved() ? Optional.of(LifecycleFact.of(received.id(), event.assignmentId(),
                    event.unitCode(), Kind.DUE_DATE_SET, event.occurredAt(), zone, event.dueDate())) : Optional.empty();
        });
    }

    @Bean
    Consumer<Message<Object>> taskDueDateChanged(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskDueDateChanged.class, (received, zone) -> {
            TaskDueDateChanged event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.PLAN_DUE_DATE_SET, event.occurredAt(), zone, event.dueDate()));
        });
    }

    @Bean
    Consumer<Message<Object>> taskRefused(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskRefused.class, (received, zone) -> {
            TaskRefused event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.REFUSED, event.occurredAt(), zone, null));
        });
    }

    @Bean
    Consumer<Message<Object>> taskWithdrawn(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return recording(reader, figures, clock, TaskWithdrawn.class, (received, zone) -> {
            TaskWithdrawn event = received.data();
            return Optional.of(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.WITHDRAWN, event.occurredAt(), zone, null));
        });
    }

    /**
     * A poll's events at once: the facts they make (in the service's time zone) recorded in one bulk
     * insert. A record that cannot be read, or whose fact cannot be made, goes to the dead-letter
     * topic after the facts of those before it are stored; those after it come again in the next poll
     * ({@link ReceivedBatch}). A redelivered event finds its fact stored and adds nothing.
     */
    private static <T> Consumer<Message<Object>> recording(CloudEventReader reader, UnitFigures figures, Clock clock,
            Class<T> type, BiFunction<ReceivedEvent<T>, ZoneId, Optional<LifecycleFact>> fact) {
        return batch -> {
            ReceivedBatch<T> received = ReceivedBatch.read(reader, batch, type);
            List<LifecycleFact> facts = new ArrayList<>();
            List<ReceivedBatch.Item<T>> events = received.events();
            for (int i = 0; i < events.size(); i++) {
                try {
                    fact.apply(events.get(i).event(), clock.getZone()).ifPresent(facts::add);
                } catch (RuntimeException failed) {
                    received = received.cutAt(i, failed);
                    break;
                }
            }
            figures.recordFacts(facts);
            received.failOnUnreadable();
        };
    }
}
