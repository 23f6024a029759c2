package vn.dondoc.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.redelivery.*}: a delivery that failed over its channel is sent again
 * {@code initial} later, then after twice as long each time, never more than {@code max} apart; one
 * still failing {@code giveUpAfter} after it was created is UNDELIVERABLE. The sweep runs every
 * {@code interval} and takes at most {@code batchSize} a pass.
 */
@ConfigurationProperties("notification.redelivery")
public record RedeliverySettings(Duration initial, Duration max, Duration giveUpAfter, Duration interval,
        int batchSize) {

    public RedeliverySettings {
        initial = initial == null ? Duration.ofMinutes(1) : initial;
        max = max == null ? Duration.ofHours(1) : max;
        giveUpAfter = giveUpAfter == null ? Duration.ofHours(24) : giveUpAfter;
        interval = interval == null ? Duration.ofSeconds(30) : interval;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("notification.redelivery: need 0 < initial <= max");
        }
    }

    /** When a delivery created at {@code createdAt} stops being sent again: UNDELIVERABLE from then on. */
    public Instant deadline(Instant createdAt) {
        return createdAt.plus(giveUpAfter);
    }

    /**
     * The next attempt after a failure at {@code now}, of a delivery already sent again
     * {@code redeliveries} times: {@code initial} doubled that many times, at most {@code max}, and no
     * later than its deadline (so the last attempt is made then).
     */
    public Instant nextAttempt(Instant createdAt, int redeliveries, Instant now) {
        Duration backoff = max;
        if (redeliveries < 31) {
            Duration doubled = initial.multipliedBy(1L << redeliveries);
            backoff = doubled.compareTo(max) < 0 ? doubled : max;
        }
        Instant next = now.plus(backoff);
        return next.isAfter(deadline(createdAt)) ? deadline(createdAt) : next;
    }

    /** How long a delivery is tried, as the reason of an UNDELIVERABLE one tells it: "24 giờ". */
    public String giveUpAfterText() {
        if (giveUpAfter.toSecondsPart() == 0 && giveUpAfter.toMinutesPart() == 0) {
            return giveUpAfter.toHours() + " giờ";
        }
        return giveUpAfter.toSecondsPart() == 0 ? giveUpAfter.toMinutes() + " phút" : giveUpAfter.toSeconds() + " giây";
    }
}
