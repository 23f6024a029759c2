package vn.dondoc.webapp.services;

import java.util.List;
import java.util.Set;

/** A unit's contact as notification-service shows it (webhook secrets are never shown). */
public record Contact(String unitCode, List<String> emails, List<String> webhooks, Set<String> kinds,
        Set<String> channels, String cadence, boolean example) {

    public Contact {
        emails = emails == null ? List.of() : emails;
        webhooks = webhooks == null ? List.of() : webhooks;
        kinds = kinds == null ? Set.of() : kinds;
        channels = channels == null ? Set.of() : channels;
    }
}
