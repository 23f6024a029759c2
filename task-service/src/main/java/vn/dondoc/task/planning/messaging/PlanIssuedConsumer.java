package vn.dondoc.task.planning.messaging;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;
import vn.dondoc.vocabulary.Coverage;

/** Binding {@code planIssued-in-0}: every issued plan becomes assignments. */
@Configuration(proxyBeanMethods = false)
class PlanIssuedConsumer {

    private static final Logger log = LoggerFactory.getLogger(PlanIssuedConsumer.class);

    @Bean
    Consumer<Message<byte[]>> planIssued(CloudEventReader reader, TaskAssignment assignment) {
        return message -> {
            PlanIssued event = reader.read(message, PlanIssued.class).data();
            int created = assignment.assign(toIssuedPlan(event));
            log.info("Plan {} ({}): {} new assignments", event.number(), event.planId(), created);
        };
    }

    /** Coverage missing: from the issue date to the end of that year ({@link Coverage}, shared with reporting). */
    static IssuedPlan toIssuedPlan(PlanIssued event) {
        Coverage coverage = Coverage.of(event.coverageStart(), event.coverageEnd(), event.issuedOn());
        return new IssuedPlan(event.planId(), event.number(), event.departmentCode(),
                event.tasks().stream().map(PlanIssuedConsumer::toTask).toList(), coverage.start(), coverage.end(),
                event.reportingPeriods());
    }

    static IssuedPlan.Task toTask(PlanIssued.Task task) {
        return new IssuedPlan.Task(task.taskId(), task.number(), task.content(), task.leadUnits(),
                task.coordinatorUnits(), task.dueDate(), task.timeframeKind(), task.timeframeText(),
                task.leadUnitsToDesignate(), task.coordinatorUnitsToDesignate());
    }
}
