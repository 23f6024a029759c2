package vn.dondoc.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries still PENDING after their claim ran out — left by a crash between creating
 * and finishing them, or deferred by a rate limit — through their channel's normal path (retry,
 * circuit breaker, SENT/FAILED). Each is claimed first with one atomic conditional update, so two
 * instances, or this sweep and the live path, never both send it.
 */
@Component
class PendingDeliverySweep {

    private static final Logger log = LoggerFactory.getLogger(PendingDeliverySweep.class);

    private final Deliveries deliveries;
    private final List<ChannelSender> senders;
    private final ResumeSettings settings;
    private final MeterRegistry meters;

    PendingDeliverySweep(Deliveries deliveries, List<ChannelSender> senders, ResumeSettings settings,
            MeterRegistry meters) {
        this.deliveries = deliveries;
        this.senders = senders;
        this.settings = settings;
        this.meters = meters;
    }

    /** The number of deliveries this pass claimed and handed to their channel. */
    @Scheduled(fixedDelayString = "${notification.resume.interval:PT30S}",
            initialDelayString = "${notification.resume.interval:PT30S}")
    int resumeUnclaimed() {
        int resumed = 0;
        for (Delivery candidate : deliveries.unclaimed(settings.batchSize())) {
            Optional<ChannelSender> sender = senders.stream()
                    .filter(s -> s.channel() == candidate.channel()).findFirst();
            Optional<Delivery> claimed = sender.flatMap(s -> deliveries.claimUnclaimed(candidate.id()));
            if (claimed.isEmpty()) {
                continue;
            }
            String cause = candidate.claimedBy() == null && candidate.claimedUntil() != null ? "deferred" : "stalled";
            if (cause.equals("stalled")) {
                log.warn("Resuming delivery {} left PENDING since {}", candidate.id(), candidate.updatedAt());
            }
            meters.counter("dondoc.notifications.resumed", "channel", candidate.channel().name().toLowerCase(),
                    "cause", cause).increment();
            sender.get().send(claimed.get());
            resumed++;
        }
        return resumed;
    }
}
