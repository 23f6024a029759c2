package vn.dondoc.notification.routing.messaging;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.PlanAmended;
import vn.dondoc.contracts.PlanWithdrawn;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.notification.inbox.TaskNewsTexts;
import vn.dondoc.notification.routing.Announcements;
import vn.dondoc.notification.tracking.TrackedAssignments;

/**
 * Bindings {@code planAmended-in-0} and {@code planWithdrawn-in-0}: every unit with an assignment in
 * the plan (and, for an amendment, every unit the new version names) is told once.
 */
@Configuration(proxyBeanMethods = false)
class PlanNewsConsumers {

    @Bean
    Consumer<Message<byte[]>> planAmended(CloudEventReader reader, TrackedAssignments tracked,
            Announcements announcements, Clock clock) {
        return message -> {
            ReceivedEvent<PlanAmended> received = reader.read(message, PlanAmended.class);
            PlanAmended e = received.data();
            TreeSet<String> units = new TreeSet<>(tracked.unitsOf(e.planId()));
            e.tasks().forEach(task -> {
                units.addAll(task.leadUnits());
                units.addAll(task.coordinatorUnits());
            });
            for (String unit : units) {
                announcements.announce(NotificationConsumers.source(received, message), TaskNewsTexts.planAmended(
                        new TaskNewsTexts.Message(received.id(), unit, clock.instant()), e.number(),
                        e.planVersion(), e.changes(), e.reason()), e.planId(), null);
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> planWithdrawn(CloudEventReader reader, TrackedAssignments tracked,
            Announcements announcements, Clock clock) {
        return message -> {
            ReceivedEvent<PlanWithdrawn> received = reader.read(message, PlanWithdrawn.class);
            PlanWithdrawn e = received.data();
            List<String> units = tracked.unitsOf(e.planId());
            tracked.planClosed(e.planId());
            for (String unit : units) {
                announcements.announce(NotificationConsumers.source(received, message), TaskNewsTexts.planWithdrawn(
                        new TaskNewsTexts.Message(received.id(), unit, clock.instant()), e.number(), e.reason()),
                        e.planId(), null);
            }
        };
    }
}
