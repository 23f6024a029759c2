package vn.dondoc.reporting.unitfigures.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.TaskAssigned;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.eventing.ReceivedBatch;
import vn.dondoc.reporting.obligation.ReportScheduling;
import vn.dondoc.reporting.unitfigures.AssignedTask;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.security.Caller;

/**
 * Binding {@code taskAssigned-in-0} (batch mode): counts a poll's assignments and makes sure their
 * units owe a report.
 */
@Configuration(proxyBeanMethods = false)
class TaskAssignedConsumer {

    /**
     * A poll's {@code task-assigned} records at once: the assignments in one bulk insert, each distinct
     * unit's figure stamp raised once, the assignment listeners told of each assignment, and the
     * report schedule checked once per distinct unit and plan (new units and links in one bulk insert).
     * A record that cannot be read goes to the dead-letter topic after the effects of those before it
     * are stored; those after it come again in the next poll. A redelivered event finds its assignment stored and adds nothing. The
     * payload is the poll's list of record values, declared {@code Object} (see {@link ReceivedBatch}).
     */
    @Bean
    Consumer<Message<Object>> taskAssigned(CloudEventReader reader, UnitFigures figures,
            ReportScheduling scheduling, Clock clock) {
        return batch -> {
            ReceivedBatch<TaskAssigned> received = ReceivedBatch.read(reader, batch, TaskAssigned.class);
            List<AssignedTask> tasks = new ArrayList<>();
            Map<List<String>, TaskAssigned> schedules = new LinkedHashMap<>();
            List<ReceivedBatch.Item<TaskAssigned>> events = received.events();
            for (int i = 0; i < events.size(); i++) {
                ReceivedEvent<TaskAssigned> event = events.get(i).event();
                TaskAssigned data = event.data();
                try {
                    tasks.add(new AssignedTask(data.assignmentId(), data.unitCode(), data.role(),
                            data.planId(), data.taskId(), data.dueDate(), event.id(),
                            LocalDate.ofInstant(data.occurredAt(), clock.getZone()), data.timeframeKind(),
                            data.instanceKey()));
                    schedules.putIfAbsent(Arrays.asList(data.unitCode(), data.planId()), data);
                } catch (RuntimeException failed) {
                    // this record fails alone: the ones before it are stored, it is handled by its index
                    received = received.cutAt(i, failed);
                    break;
                }
            }
            figures.recordAll(tasks);
            // a unit code belongs to its department, also when UBND tỉnh's plan names it
            scheduling.scheduleAll(schedules.values().stream().map(data -> new ReportScheduling.UnitWork(
                    data.unitCode(), Caller.departmentOf(data.unitCode()), data.planId())).toList());
            received.failOnUnreadable();
        };
    }
}
