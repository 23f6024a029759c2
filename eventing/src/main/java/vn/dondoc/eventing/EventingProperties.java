package vn.dondoc.eventing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code dondoc.eventing}.
 *
 * @param source            CloudEvents {@code source} of the events this service publishes
 * @param outboxCollections collections whose documents carry {@code pendingEvents}
 * @param relayInterval     longest pause of an idle relay before it looks for work again
 * @param sweepInterval     pause between two sweeps of every outbox collection (a sweep scans
 *                          the collections; writes of this instance are relayed at once)
 * @param sendTimeout       how long a publication waits for the broker's acknowledgement
 * @param consumer          how consumers retry a record whose failure may pass
 * @param instanceId        this instance's name, the same across its restarts and unique among
 *                          the service's instances: its consumers join their groups as static
 *                          members ({@link StaticGroupMembership}); empty (the default): dynamic
 */
@ConfigurationProperties("dondoc.eventing")
public record EventingProperties(
        @DefaultValue("/dondoc") URI source,
        @DefaultValue List<String> outboxCollections,
        @DefaultValue("100ms") Duration relayInterval,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue Consumer consumer,
        @DefaultValue("") String instanceId) {

    /**
     * Settings under {@code dondoc.eventing.consumer} ({@link ConsumerErrorPolicy}).
     *
     * @param initialBackoff pause before the first retry of a record whose failure may pass; it
     *                       doubles with each failed try
     * @param maxBackoff     the longest pause between two tries (retries never stop)
     */
    public record Consumer(
            @DefaultValue("500ms") Duration initialBackoff,
            @DefaultValue("30s") Duration maxBackoff) {
    }
}
