package vn.dondoc.eventing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the outbox: the store answers and how many events wait for the broker. Replaces Boot's
 * MongoDB indicator, whose {@code hello} command the embedded store does not know.
 */
public class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;

    public OutboxHealthIndicator(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("pendingEvents", relay.backlog()).build();
    }
}
