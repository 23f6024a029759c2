package vn.dondoc.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A minute, then twice as long each time, at most an hour apart, and never past the 24 hours. */
class RedeliverySettingsTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T01:00:00Z");
    private final RedeliverySettings settings = new RedeliverySettings(null, null, null, null, 0);

    @Test
    void backsOffFromAMinuteDoublingUpToAnHour() {
        Instant now = CREATED.plusSeconds(10);
        assertThat(Duration.between(now, settings.nextAttempt(CREATED, 0, now))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Duration.between(now, settings.nextAttempt(CREATED, 1, now))).isEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(now, settings.nextAttempt(CREATED, 5, now))).isEqualTo(Duration.ofMinutes(32));
        assertThat(Duration.between(now, settings.nextAttempt(CREATED, 6, now))).isEqualTo(Duration.ofHours(1));
        assertThat(Duration.between(now, settings.nextAttempt(CREATED, 40, now))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theLastAttemptIsAtTheDeadline() {
        Instant lateFailure = CREATED.plus(Duration.ofHours(23).plusMinutes(30));
        assertThat(settings.nextAttempt(CREATED, 20, lateFailure)).isEqualTo(CREATED.plus(Duration.ofHours(24)));
        assertThat(settings.giveUpAfterText()).isEqualTo("24 giờ");
    }
}
