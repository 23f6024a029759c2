package vn.dondoc.notification.routing.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.contracts.TaskAssigned;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.notification.contact.Cadence;
import vn.dondoc.notification.digest.DigestItem;
import vn.dondoc.notification.inbox.Inbox;
import vn.dondoc.notification.inbox.Notification;
import vn.dondoc.notification.inbox.NotificationKind;
import vn.dondoc.notification.inbox.NotificationTexts;
import vn.dondoc.notification.routing.Routing;
import vn.dondoc.notification.routing.SourceEvent;
import vn.dondoc.notification.tracking.TrackedAssignments;
import vn.dondoc.notification.unitnames.UnitNames;

/**
 * Bindings {@code taskAssigned-in-0} and {@code reportDue-in-0}: one inbox message per event and
 * unit, and the unit's email and webhooks as its contact asks.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConsumers {

    @Bean
    Consumer<Message<byte[]>> taskAssigned(CloudEventReader reader, Inbox inbox, Routing routing,
            TrackedAssignments tracked, UnitNames names, Clock clock) {
        return message -> {
            ReceivedEvent<TaskAssigned> received = reader.read(message, TaskAssigned.class);
            TaskAssigned event = received.data();
            tracked.assigned(event.assignmentId(), event.unitCode(), event.planId(), event.planNumber(),
                    event.taskId(), event.taskNumber(), event.taskContent());
            Instant now = clock.instant();
            Notification notification = NotificationTexts.taskAssigned(received.id(), event, now,
                    event.leadUnits().stream().map(names::unit).toList());
            inbox.deliver(notification);
            routing.route(source(received, message), event.unitCode(), NotificationKind.TASK_ASSIGNED,
                    cadence -> new DigestItem(notification.id(), received.id(), event.unitCode(),
                            groupKey(cadence, "plan:" + event.planId(), now, clock), cadence,
                            NotificationKind.TASK_ASSIGNED, event.planId(),
                            Objects.requireNonNullElse(event.planNumber(), "(chưa có số)"), event.taskId(),
                            Objects.requireNonNullElse(event.taskNumber(), ""), event.taskContent(),
                            event.role(), event.leadUnits(), event.dueDate(), notification.title(),
                            notification.body(), now, null));
        };
    }

    @Bean
    Consumer<Message<byte[]>> reportDue(CloudEventReader reader, Inbox inbox, Routing routing, Clock clock) {
        return message -> {
            ReceivedEvent<ReportDue> received = reader.read(message, ReportDue.class);
            ReportDue event = received.data();
            Instant now = clock.instant();
            Notification notification = NotificationTexts.reportDue(received.id(), event, now);
            inbox.deliver(notification);
            routing.route(source(received, message), event.unitCode(), NotificationKind.REPORT_DUE,
                    cadence -> new DigestItem(notification.id(), received.id(), event.unitCode(),
                            groupKey(cadence, "event:" + received.id(), now, clock), cadence,
                            NotificationKind.REPORT_DUE, null, null, null, null, null, null, null,
                            event.dueDate(), notification.title(), notification.body(), now, null));
        };
    }

    private static String groupKey(Cadence cadence, String immediateKey, Instant now, Clock clock) {
        return cadence == Cadence.DAILY_DIGEST ? "day:" + LocalDate.ofInstant(now, clock.getZone()) : immediateKey;
    }

    static SourceEvent source(ReceivedEvent<?> received, Message<byte[]> message) {
        return new SourceEvent(received.id(), received.type(), received.source(), message.getPayload());
    }
}
