package vn.dondoc.notification.routing.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.contracts.TaskAssigned;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.eventing.ReceivedBatch;
import vn.dondoc.notification.contact.Cadence;
import vn.dondoc.notification.digest.DigestItem;
import vn.dondoc.notification.inbox.Inbox;
import vn.dondoc.notification.inbox.Notification;
import vn.dondoc.notification.inbox.NotificationKind;
import vn.dondoc.notification.inbox.NotificationTexts;
import vn.dondoc.notification.routing.Routing;
import vn.dondoc.notification.routing.SourceEvent;
import vn.dondoc.notification.tracking.TrackedAssignments;
import vn.dondoc.unitnames.UnitNames;

/**
 * Bindings {@code taskAssigned-in-0} and {@code reportDue-in-0}: one inbox message per event and
 * unit, and the unit's email and webhooks as its contact asks.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConsumers {

    /**
     * A poll's {@code task-assigned} records at once (batch mode): the tracked assignments in one bulk
     * upsert, the lead units' names and the units' contacts in one read each, the inbox messages, the
     * email items and the records of units without a contact each in one bulk insert. A record that
     * cannot be read goes to the dead-letter topic after the effects of those before it are stored;
     * those after it come again in the next poll. A redelivered event finds its documents and adds none.
     * The payload is the poll's list of record values; it is declared {@code Object} because Spring
     * Cloud Function converts a declared {@code List<byte[]>} through JSON into an empty list.
     */
    @Bean
    Consumer<Message<Object>> taskAssigned(CloudEventReader reader, Inbox inbox, Routing routing,
            TrackedAssignments tracked, UnitNames names, Clock clock) {
        return batch -> {
            ReceivedBatch<TaskAssigned> received = ReceivedBatch.read(reader, batch, TaskAssigned.class);
            Map<String, String> leadNames = names.namesOf(received.events().stream()
                    .flatMap(item -> Objects.requireNonNullElse(item.event().data().leadUnits(), List.<String>of())
                            .stream())
                    .distinct().toList());
            Instant now = clock.instant();
            List<TrackedAssignments.Assigned> assignments = new ArrayList<>();
            List<Notification> notifications = new ArrayList<>();
            List<Routing.Routed> routed = new ArrayList<>();
            List<ReceivedBatch.Item<TaskAssigned>> events = received.events();
            for (int i = 0; i < events.size(); i++) {
                ReceivedBatch.Item<TaskAssigned> item = events.get(i);
                ReceivedEvent<TaskAssigned> event = item.event();
                TaskAssigned data = event.data();
                try {
                    Notification notification = taskAssignedNotice(event, leadNames, now);
                    Routing.Routed route = new Routing.Routed(source(event, item.message()), data.unitCode(),
                            NotificationKind.TASK_ASSIGNED,
                            cadence -> digestItem(event, notification, cadence, now, clock));
                    assignments.add(new TrackedAssignments.Assigned(data.assignmentId(), data.unitCode(),
                            data.planId(), data.planNumber(), data.taskId(), data.taskNumber(), data.taskContent()));
                    notifications.add(notification);
                    routed.add(route);
                } catch (RuntimeException failed) {
                    // this record fails alone: the ones before it are stored, it is handled by its index
                    received = received.cutAt(i, failed);
                    break;
                }
            }
            tracked.assigned(assignments);
            inbox.deliver(notifications);
            routing.route(routed);
            received.failOnUnreadable();
        };
    }

    private static Notification taskAssignedNotice(ReceivedEvent<TaskAssigned> received, Map<String, String> leadNames,
            Instant now) {
        TaskAssigned event = received.data();
        return NotificationTexts.taskAssigned(received.id(), event, now,
                event.leadUnits().stream().map(unit -> leadNames.getOrDefault(unit, unit == null ? "" : unit)).toList());
    }

    private static DigestItem digestItem(ReceivedEvent<TaskAssigned> received, Notification notification,
            Cadence cadence, Instant now, Clock clock) {
        TaskAssigned event = received.data();
        return new DigestItem(notification.id(), received.id(), event.unitCode(),
                groupKey(cadence, "plan:" + event.planId(), now, clock), cadence,
                NotificationKind.TASK_ASSIGNED, event.planId(),
                Objects.requireNonNullElse(event.planNumber(), "(chưa có số)"), event.taskId(),
                Objects.requireNonNullElse(event.taskNumber(), ""), event.taskContent(),
                event.role(), event.leadUnits(), event.dueDate(), notification.title(),
                notification.body(), now, null);
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
