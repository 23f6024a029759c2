package vn.dondoc.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.notification.inbox.NotificationKind;
import vn.dondoc.notification.contact.Channel;

/** Only the holder of a live claim sends a delivery, also when it sends within the millisecond of the claim. */
class DeliveryClaimTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:15:30.123456Z");

    private final MongoTemplate mongo = new MongoTemplate(
            MongoClients.create(InMemoryMongo.connectionString()), "delivery-claim-test");
    private final Deliveries deliveries = new Deliveries(mongo, new SimpleMeterRegistry(),
            Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")), new ResumeSettings(null, null, 0),
            new RedeliverySettings(null, null, null, null, 0));

    @Test
    void theCreatorStillHoldsItsClaimWhenItSendsAtOnce() {
        Delivery created = created();

        assertThat(deliveries.stillClaimed(created))
                .as("renewing the claim at the same instant changes no field, the claim is still held")
                .isTrue();
    }

    @Test
    void aDeferredDeliveryIsNoLongerTheCallersToSend() {
        Delivery created = created();
        deliveries.defer(created, NOW.plusSeconds(60));

        assertThat(deliveries.stillClaimed(created)).isFalse();
    }

    private Delivery created() {
        return deliveries.create("webhook:" + UUID.randomUUID(), Channel.WEBHOOK, "CLAIM.VP",
                NotificationKind.TASK_ASSIGNED, List.of("https://example.vn/hook"), List.of("event-1"),
                new Delivery.Content(null, null, null, "{}")).orElseThrow();
    }
}
