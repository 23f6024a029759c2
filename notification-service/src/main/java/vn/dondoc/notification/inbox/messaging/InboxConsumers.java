package vn.dondoc.notification.inbox.messaging;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.contracts.TaskAssigned;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.notification.inbox.Inbox;
import vn.dondoc.notification.inbox.NotificationTexts;

/** Bindings {@code taskAssigned-in-0} and {@code reportDue-in-0}: one inbox message per event and unit. */
@Configuration(proxyBeanMethods = false)
class InboxConsumers {

    @Bean
    Consumer<Message<byte[]>> taskAssigned(CloudEventReader reader, Inbox inbox, Clock clock) {
        return message -> {
            ReceivedEvent<TaskAssigned> received = reader.read(message, TaskAssigned.class);
            inbox.deliver(NotificationTexts.taskAssigned(received.id(), received.data(), clock.instant()));
        };
    }

    @Bean
    Consumer<Message<byte[]>> reportDue(CloudEventReader reader, Inbox inbox, Clock clock) {
        return message -> {
            ReceivedEvent<ReportDue> received = reader.read(message, ReportDue.class);
            inbox.deliver(NotificationTexts.reportDue(received.id(), received.data(), clock.instant()));
        };
    }
}
