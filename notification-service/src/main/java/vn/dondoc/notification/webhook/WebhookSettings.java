package vn.dondoc.notification.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.webhooks.*}: timeouts of each POST and the number of threads that send
 * webhooks (apart from everything else, so a slow endpoint never holds up consumers or email).
 */
@ConfigurationProperties("notification.webhooks")
public record WebhookSettings(Duration connectTimeout, Duration requestTimeout, int threads,
        boolean allowPrivateAddresses) {

    public WebhookSettings {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        threads = threads <= 0 ? 4 : threads;
    }
}
