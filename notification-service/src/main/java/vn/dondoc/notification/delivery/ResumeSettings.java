package vn.dondoc.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.resume.*}: a delivery is claimed for {@code after} whenever it is created,
 * reopened or resumed; one still PENDING once that claim has run out was left by a crash and is sent
 * again by the sweep, which runs every {@code interval} and takes at most {@code batchSize} a pass.
 */
@ConfigurationProperties("notification.resume")
public record ResumeSettings(Duration after, Duration interval, int batchSize) {

    public ResumeSettings {
        after = after == null ? Duration.ofMinutes(5) : after;
        interval = interval == null ? Duration.ofSeconds(30) : interval;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("notification.resume.after must be positive");
        }
    }
}
