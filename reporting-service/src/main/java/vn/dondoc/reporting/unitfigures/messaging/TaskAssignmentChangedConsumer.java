package vn.dondoc.reporting.unitfigures.messaging;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.TaskAssignmentChanged;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.reporting.unitfigures.LifecycleFact;
import vn.dondoc.reporting.unitfigures.UnitFigures;

/**
 * Binding {@code taskAssignmentChanged-in-0}: a plan amendment that moved the unit between lead and
 * coordinator becomes a {@link LifecycleFact} ({@code ROLE_CHANGED}, the event's id). A change of
 * number, content or lead units alone changes no figure and is not kept.
 */
@Configuration(proxyBeanMethods = false)
class TaskAssignmentChangedConsumer {

    @Bean
    Consumer<Message<byte[]>> taskAssignmentChanged(CloudEventReader reader, UnitFigures figures, Clock clock) {
        return message -> {
            ReceivedEvent<TaskAssignmentChanged> received = reader.read(message, TaskAssignmentChanged.class);
            TaskAssignmentChanged event = received.data();
            if (event.role() != event.previousRole()) {
                figures.record(LifecycleFact.roleChanged(received.id(), event.assignmentId(), event.unitCode(),
                        event.role(), event.occurredAt(), clock.getZone()));
            }
        };
    }
}
