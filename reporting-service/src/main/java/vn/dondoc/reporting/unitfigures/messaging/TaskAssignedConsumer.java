package vn.dondoc.reporting.unitfigures.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.TaskAssigned;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.reporting.obligation.ReportScheduling;
import vn.dondoc.reporting.unitfigures.AssignedTask;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.security.Caller;

/** Binding {@code taskAssigned-in-0}: counts the assignment and makes sure its unit owes a report. */
@Configuration(proxyBeanMethods = false)
class TaskAssignedConsumer {

    @Bean
    Consumer<Message<byte[]>> taskAssigned(CloudEventReader reader, UnitFigures figures,
            ReportScheduling scheduling, Clock clock) {
        return message -> {
            ReceivedEvent<TaskAssigned> received = reader.read(message, TaskAssigned.class);
            TaskAssigned event = received.data();
            figures.record(new AssignedTask(event.assignmentId(), event.unitCode(), event.role(),
                    event.planId(), event.taskId(), event.dueDate(), received.id(),
                    LocalDate.ofInstant(event.occurredAt(), clock.getZone()), event.timeframeKind(),
                    event.instanceKey()));
            // a unit code belongs to its department, also when UBND tỉnh's plan names it
            scheduling.scheduleFor(event.unitCode(), Caller.departmentOf(event.unitCode()), event.planId());
        };
    }
}
