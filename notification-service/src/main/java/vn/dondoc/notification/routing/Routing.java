package vn.dondoc.notification.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.notification.contact.Cadence;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.contact.Contacts;
import vn.dondoc.notification.contact.UnitContact;
import vn.dondoc.notification.contact.WebhookEndpoint;
import vn.dondoc.notification.delivery.ChannelSender;
import vn.dondoc.notification.delivery.Deliveries;
import vn.dondoc.notification.delivery.Delivery;
import vn.dondoc.notification.digest.DigestItem;
import vn.dondoc.notification.digest.DigestItems;
import vn.dondoc.notification.inbox.NotificationKind;

/**
 * Sends an event to a unit over the channels its contact asks for: queued for email, one webhook
 * delivery per endpoint. A unit without a usable contact gets an UNDELIVERABLE record instead.
 */
@Service
public class Routing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Contacts contacts;
    private final DigestItems digest;
    private final Deliveries deliveries;
    private final List<ChannelSender> senders;
    private final Clock clock;

    Routing(Contacts contacts, DigestItems digest, Deliveries deliveries, List<ChannelSender> senders,
            Clock clock) {
        this.contacts = contacts;
        this.digest = digest;
        this.deliveries = deliveries;
        this.senders = senders;
        this.clock = clock;
    }

    /** {@code item} makes the email item for the unit's cadence. */
    public void route(SourceEvent event, String unitCode, NotificationKind kind,
            Function<Cadence, DigestItem> item) {
        Optional<UnitContact> contact = contacts.of(unitCode);
        boolean email = contact.map(c -> c.emails(kind)).orElse(false);
        List<WebhookEndpoint> webhooks = contact.map(c -> c.webhooksFor(kind)).orElse(List.of());
        if (!email && webhooks.isEmpty()) {
            if (contact.map(c -> c.wants(kind)).orElse(true)) {
                deliveries.undeliverable(event.id(), unitCode, kind);
            }
            return;
        }
        if (email) {
            digest.add(item.apply(contact.get().cadence()));
        }
        webhooks(event, unitCode, kind, webhooks);
    }

    /**
     * {@link #route} for a batch of events: the units' contacts in one read, the email items and the
     * records of units without a contact each in one bulk insert; webhook deliveries one by one, as
     * each is created and sent.
     */
    public void route(List<Routed> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, UnitContact> contactOf = contacts.of(events.stream().map(Routed::unitCode).distinct().toList());
        List<DigestItem> items = new ArrayList<>();
        List<Deliveries.Unreachable> unreachable = new ArrayList<>();
        List<Runnable> webhookDeliveries = new ArrayList<>();
        for (Routed routed : events) {
            UnitContact contact = contactOf.get(routed.unitCode());
            NotificationKind kind = routed.kind();
            boolean email = contact != null && contact.emails(kind);
            List<WebhookEndpoint> webhooks = contact == null ? List.of() : contact.webhooksFor(kind);
            if (!email && webhooks.isEmpty()) {
                if (contact == null || contact.wants(kind)) {
                    unreachable.add(new Deliveries.Unreachable(routed.event().id(), routed.unitCode(), kind));
                }
                continue;
            }
            if (email) {
                items.add(routed.item().apply(contact.cadence()));
            }
            if (!webhooks.isEmpty()) {
                webhookDeliveries.add(() -> webhooks(routed.event(), routed.unitCode(), kind, webhooks));
            }
        }
        deliveries.undeliverable(unreachable);
        digest.add(items);
        webhookDeliveries.forEach(Runnable::run);
    }

    private void webhooks(SourceEvent event, String unitCode, NotificationKind kind, List<WebhookEndpoint> webhooks) {
        for (WebhookEndpoint endpoint : webhooks) {
            deliveries.create("webhook:" + event.id() + ":" + unitCode + ":" + fingerprint(endpoint.url()),
                            Channel.WEBHOOK, unitCode, kind, List.of(endpoint.url()), List.of(event.id()),
                            new Delivery.Content(null, null, null, cloudEvent(event, unitCode)))
                    .ifPresent(created -> senders.stream().filter(s -> s.channel() == Channel.WEBHOOK)
                            .forEach(sender -> sender.send(created)));
        }
    }

    /**
     * One event to route to one unit.
     *
     * @param item makes the email item for the unit's cadence
     */
    public record Routed(SourceEvent event, String unitCode, NotificationKind kind,
            Function<Cadence, DigestItem> item) {
    }

    /** The event in CloudEvents structured mode (JSON), subject = the unit. */
    private String cloudEvent(SourceEvent event, String unitCode) {
        ObjectNode body = JSON.createObjectNode();
        body.put("specversion", "1.0");
        body.put("id", event.id());
        body.put("source", event.source());
        body.put("type", event.type());
        body.put("subject", unitCode);
        body.put("time", clock.instant().toString());
        body.put("datacontenttype", "application/json");
        body.set("data", JSON.readTree(event.data()));
        return JSON.writeValueAsString(body);
    }

    private static String fingerprint(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
