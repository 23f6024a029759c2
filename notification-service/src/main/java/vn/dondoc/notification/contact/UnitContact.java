package vn.dondoc.notification.contact;

import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.notification.inbox.NotificationKind;

/**
 * Where and how a unit wants to be told. Its id is the unit code: one contact per unit.
 *
 * @param kinds    the event kinds the unit subscribes to; empty means all
 * @param channels the channels it uses besides the in-app inbox
 * @param example  {@code true} for the shipped example data of the local run
 */
@Document("contacts")
public record UnitContact(
        @Id String unitCode,
        List<String> emails,
        List<WebhookEndpoint> webhooks,
        Set<NotificationKind> kinds,
        Set<Channel> channels,
        Cadence cadence,
        boolean example) {

    public UnitContact {
        emails = emails == null ? List.of() : List.copyOf(emails);
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        cadence = cadence == null ? Cadence.IMMEDIATE : cadence;
    }

    public boolean wants(NotificationKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    public boolean emails(NotificationKind kind) {
        return wants(kind) && channels.contains(Channel.EMAIL) && !emails.isEmpty();
    }

    public List<WebhookEndpoint> webhooksFor(NotificationKind kind) {
        return wants(kind) && channels.contains(Channel.WEBHOOK) ? webhooks : List.of();
    }
}
