package vn.dondoc.eventing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the outbox: the store answers, how many events wait for the broker, and how many were
 * parked because they can never be published — DOWN while any is (an operator must look:
 * {@code /actuator/parkedevents}). Replaces Boot's MongoDB indicator, whose {@code hello} command
 * the embedded store does not know.
 */
public class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;
    private final ParkedEvents parkedEvents;

    public OutboxHealthIndicator(OutboxRelay relay, ParkedEvents parkedEvents) {
        this.relay = relay;
        this.parkedEvents = parkedEvents;
    }

    @Override
    public Health health() {
        long parked = parkedEvents.count();
        return (parked == 0 ? Health.up() : Health.down()).withDetail("pendingEvents", relay.backlog())
                .withDetail("parkedEvents", parked).build();
    }
}
