package vn.dondoc.reporting.unitfigures.messaging;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.TaskDueDateChanged;
import vn.dondoc.contracts.TaskExtensionDecided;
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
 * Bindings {@code taskResultSubmitted-in-0}, {@code taskResultReviewed-in-0},
 * {@code taskExtensionDecided-in-0}, {@code taskDueDateChanged-in-0}, {@code taskRefused-in-0} and
 * {@code taskWithdrawn-in-0}: each event becomes one {@link LifecycleFact} with the event's id.
 * A rejected extension changes no deadline and is not kept.
 */
@Configuration(proxyBeanMethods = false)
class TaskLifecycleConsumers {

    @Bean
    Consumer<Message<byte[]>> taskResultSubmitted(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return message -> {
            ReceivedEvent<TaskResultSubmitted> received = reader.read(message, TaskResultSubmitted.class);
            TaskResultSubmitted event = received.data();
            figures.record(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.RESULT_SUBMITTED, event.occurredAt(), clock.getZone(), event.submittedOn()));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskResultReviewed(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return message -> {
            ReceivedEvent<TaskResultReviewed> received = reader.read(message, TaskResultReviewed.class);
            TaskResultReviewed event = received.data();
            figures.record(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    event.accepted() ? Kind.RESULT_ACCEPTED : Kind.RESULT_RETURNED, event.occurredAt(),
                    clock.getZone(), event.accepted() ? event.completedOn() : null));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskExtensionDecided(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return message -> {
            ReceivedEvent<TaskExtensionDecided> received = reader.read(message, TaskExtensionDecided.class);
            TaskExtensionDecided event = received.data();
            if (event.approved()) {
                figures.record(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                        Kind.DUE_DATE_SET, event.occurredAt(), clock.getZone(), event.dueDate()));
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskDueDateChanged(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return message -> {
            ReceivedEvent<TaskDueDateChanged> received = reader.read(message, TaskDueDateChanged.class);
            TaskDueDateChanged event = received.data();
            figures.record(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.PLAN_DUE_DATE_SET, event.occurredAt(), clock.getZone(), event.dueDate()));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskRefused(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return message -> {
            ReceivedEvent<TaskRefused> received = reader.read(message, TaskRefused.class);
            TaskRefused event = received.data();
            figures.record(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.REFUSED, event.occurredAt(), clock.getZone(), null));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskWithdrawn(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return message -> {
            ReceivedEvent<TaskWithdrawn> received = reader.read(message, TaskWithdrawn.class);
            TaskWithdrawn event = received.data();
            figures.record(LifecycleFact.of(received.id(), event.assignmentId(), event.unitCode(),
                    Kind.WITHDRAWN, event.occurredAt(), clock.getZone(), null));
        };
    }
}
