package vn.dondoc.notification.digest;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.digest.*}: a plan's assignments to a unit are emailed together once no new
 * one arrived for {@code quiet}; daily digests go out at {@code daily-at} (Asia/Ho_Chi_Minh).
 */
@ConfigurationProperties("notification.digest")
public record DigestSettings(Duration quiet, LocalTime dailyAt) {

    public DigestSettings {
        quiet = quiet == null ? Duration.ofSeconds(5) : quiet;
        dailyAt = dailyAt == null ? LocalTime.of(7, 0) : dailyAt;
    }
}
