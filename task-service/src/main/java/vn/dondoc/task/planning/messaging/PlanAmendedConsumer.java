package vn.dondoc.task.planning.messaging;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.PlanAmended;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.task.planning.PlanAmendments;

/** Binding {@code planAmended-in-0}: an amended plan's assignments follow its new version. */
@Configuration(proxyBeanMethods = false)
class PlanAmendedConsumer {

    private static final Logger log = LoggerFactory.getLogger(PlanAmendedConsumer.class);

    @Bean
    Consumer<Message<byte[]>> planAmended(CloudEventReader reader, PlanAmendments amendments) {
        return message -> {
            PlanAmended event = reader.read(message, PlanAmended.class).data();
            PlanAmendments.Outcome outcome = amendments.amend(event.planId(), event.planVersion(),
                    event.reason(), event.tasks().stream().map(PlanIssuedConsumer::toTask).toList());
            log.info("Plan {} ({}) version {}: {}", event.number(), event.planId(),
                    event.planVersion(), outcome);
        };
    }
}
