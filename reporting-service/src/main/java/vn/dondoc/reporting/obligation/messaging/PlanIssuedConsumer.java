package vn.dondoc.reporting.obligation.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.reporting.obligation.ReportScheduling;

/** Binding {@code planIssued-in-0}: the plan's reporting requirement selects the regimes its units report under. */
@Configuration(proxyBeanMethods = false)
class PlanIssuedConsumer {

    @Bean
    Consumer<Message<byte[]>> planIssued(CloudEventReader reader, ReportScheduling scheduling) {
        return message -> {
            ReceivedEvent<PlanIssued> received = reader.read(message, PlanIssued.class);
            PlanIssued plan = received.data();
            scheduling.planIssued(plan.planId(), plan.departmentCode(), plan.reportingText(), plan.reportingPeriods(),
                    received.id());
        };
    }
}
