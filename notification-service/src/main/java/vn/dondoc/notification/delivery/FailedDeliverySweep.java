package vn.dondoc.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again the deliveries that failed over their channel once their next attempt time has come,
 * through the channel's normal path (retry, circuit breaker, SENT/FAILED, UNDELIVERABLE after
 * {@code notification.redelivery.give-up-after}): nobody has to press "retry". Each is claimed first
 * with one atomic conditional update, so two instances never both send it.
 */
@Component
class FailedDeliverySweep {

    private final Deliveries deliveries;
    private final List<ChannelSender> senders;
    private final RedeliverySettings settings;
    private final MeterRegistry meters;

    FailedDeliverySweep(Deliveries deliveries, List<ChannelSender> senders, RedeliverySettings settings,
            MeterRegistry meters) {
        this.deliveries = deliveries;
        this.senders = senders;
        this.settings = settings;
        this.meters = meters;
    }

    /** The number of deliveries this pass claimed and handed to their channel again. */
    @Scheduled(fixedDelayString = "${notification.redelivery.interval:PT30S}",
            initialDelayString = "${notification.redelivery.interval:PT30S}")
    int redeliverDue() {
        int redelivered = 0;
        for (Delivery candidate : deliveries.due(settings.batchSize())) {
            Optional<ChannelSender> sender = senders.stream()
                    .filter(s -> s.channel() == candidate.channel()).findFirst();
            Optional<Delivery> claimed = sender.flatMap(s -> deliveries.claimDue(candidate.id()));
            if (claimed.isEmpty()) {
                continue;
            }
            meters.counter("dondoc.notifications.redelivered", "channel", candidate.channel().name().toLowerCase())
                    .increment();
            sender.get().send(claimed.get());
            redelivered++;
        }
        return redelivered;
    }
}
