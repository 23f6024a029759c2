package vn.dondoc.notification.digest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.rate-limit.*}: at most {@code maxEmails} emails to one address within any
 * {@code window} (sliding). Emails beyond it are deferred, never dropped: they wait and then go out
 * together as one digest.
 */
@ConfigurationProperties("notification.rate-limit")
public record RateLimitSettings(Integer maxEmails, Duration window) {

    public RateLimitSettings {
        maxEmails = maxEmails == null ? 20 : maxEmails;
        window = window == null ? Duration.ofHours(1) : window;
        if (maxEmails < 1) {
            throw new IllegalArgumentException("notification.rate-limit.max-emails must be at least 1");
        }
    }
}
