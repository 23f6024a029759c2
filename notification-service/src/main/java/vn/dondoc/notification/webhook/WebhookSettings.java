package vn.dondoc.notification.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.webhooks.*}: timeouts of each POST, the number of threads that send webhooks
 * (apart from everything else, so a slow endpoint never holds up consumers or email), and at most
 * how many deliveries one endpoint gets per window ({@code rate-limit.*}; the rest are deferred).
 */
@ConfigurationProperties("notification.webhooks")
public record WebhookSettings(Duration connectTimeout, Duration requestTimeout, int threads,
        boolean allowPrivateAddresses, RateLimit rateLimit) {

    public WebhookSettings {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        threads = threads <= 0 ? 4 : threads;
        rateLimit = rateLimit == null ? new RateLimit(null, null) : rateLimit;
    }

    /** At most {@code maxDeliveries} to one endpoint URL per {@code window}, per instance. */
    public record RateLimit(Integer maxDeliveries, Duration window) {

        public RateLimit {
            maxDeliveries = maxDeliveries == null ? 60 : maxDeliveries;
            window = window == null ? Duration.ofMinutes(1) : window;
            if (maxDeliveries < 1) {
                throw new IllegalArgumentException(
                        "notification.webhooks.rate-limit.max-deliveries must be at least 1");
            }
        }
    }
}
