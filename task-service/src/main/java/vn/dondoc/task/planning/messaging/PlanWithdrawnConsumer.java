package vn.dondoc.task.planning.messaging;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.PlanWithdrawn;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.task.planning.PlanWithdrawal;

/** Binding {@code planWithdrawn-in-0}: a withdrawn plan withdraws its open assignments. */
@Configuration(proxyBeanMethods = false)
class PlanWithdrawnConsumer {

    private static final Logger log = LoggerFactory.getLogger(PlanWithdrawnConsumer.class);

    @Bean
    Consumer<Message<byte[]>> planWithdrawn(CloudEventReader reader, PlanWithdrawal withdrawal) {
        return message -> {
            PlanWithdrawn event = reader.read(message, PlanWithdrawn.class).data();
            int withdrawn = withdrawal.withdraw(event.planId(), event.number(), event.departmentCode(),
                    event.reason());
            log.info("Plan {} ({}) withdrawn: {} assignments withdrawn", event.number(),
                    event.planId(), withdrawn);
        };
    }
}
