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
 * @param relayInterval     pause between two relay passes
 * @param sendTimeout       how long a publication waits for the broker's acknowledgement
 */
@ConfigurationProperties("dondoc.eventing")
public record EventingProperties(
        @DefaultValue("/dondoc") URI source,
        @DefaultValue List<String> outboxCollections,
        @DefaultValue("100ms") Duration relayInterval,
        @DefaultValue("10s") Duration sendTimeout) {
}
