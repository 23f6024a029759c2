package vn.dondoc.notification.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dondoc.notification.contact.Cadence;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.contact.Contacts;
import vn.dondoc.notification.contact.UnitContact;
import vn.dondoc.notification.delivery.ChannelSender;
import vn.dondoc.notification.delivery.Deliveries;
import vn.dondoc.notification.delivery.Delivery;

/**
 * Emails each ready group of items as one message. The delivery's id is derived from the items it
 * covers and is inserted before sending; the items are then marked, so they are never emailed again.
 */
@Component
class DigestFlush {

    private final MongoOperations mongo;
    private final Contacts contacts;
    private final Deliveries deliveries;
    private final DigestEmails emails;
    private final List<ChannelSender> senders;
    private final DigestSettings settings;
    private final EmailRateLimit rateLimit;
    private final Clock clock;

    DigestFlush(MongoOperations mongo, Contacts contacts, Deliveries deliveries, DigestEmails emails,
            List<ChannelSender> senders, DigestSettings settings, EmailRateLimit rateLimit, Clock clock) {
        this.mongo = mongo;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.emails = emails;
        this.senders = senders;
        this.settings = settings;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${notification.digest.poll-interval:PT1S}")
    void flushReadyGroups() {
        Instant now = clock.instant();
        Map<String, List<DigestItem>> groups = mongo.find(
                        Query.query(Criteria.where("deliveryId").is(null)), DigestItem.class).stream()
                .sorted(Comparator.comparing(DigestItem::receivedAt).thenComparing(DigestItem::id))
                .collect(Collectors.groupingBy(item -> item.unitCode() + "|" + item.groupKey(),
                        LinkedHashMap::new, Collectors.toList()));
        Map<String, List<List<DigestItem>>> readyByUnit = groups.values().stream()
                .filter(group -> ready(group, now))
                .collect(Collectors.groupingBy(group -> group.get(0).unitCode(), LinkedHashMap::new,
                        Collectors.toList()));
        readyByUnit.forEach(this::emailWithinLimit);
    }

    /**
     * Emails the unit's ready groups one by one while its addresses are under the rate limit; when
     * they would exceed it, the last allowed email carries all the rest as one digest; with no email
     * left in the window they wait (unclaimed) for the next pass.
     */
    private void emailWithinLimit(String unitCode, List<List<DigestItem>> ready) {
        Optional<UnitContact> contact = contacts.of(unitCode);
        int remaining = contact.map(c -> rateLimit.remaining(c.emails())).orElse(Integer.MAX_VALUE);
        if (contact.isPresent() && !contact.get().emails().isEmpty() && remaining == 0) {
            return;
        }
        if (ready.size() <= remaining) {
            ready.forEach(this::email);
            return;
        }
        ready.subList(0, remaining - 1).forEach(this::email);
        email(ready.subList(remaining - 1, ready.size()).stream().flatMap(List::stream).toList());
    }

    private boolean ready(List<DigestItem> group, Instant now) {
        DigestItem first = group.get(0);
        if (first.cadence() == Cadence.DAILY_DIGEST) {
            LocalDate day = LocalDate.parse(first.groupKey().substring("day:".length()));
            return !now.isBefore(day.plusDays(1).atTime(settings.dailyAt()).atZone(clock.getZone()).toInstant());
        }
        Instant last = group.get(group.size() - 1).receivedAt();
        return !now.isBefore(last.plus(settings.quiet()));
    }

    private void email(List<DigestItem> group) {
        String unitCode = group.get(0).unitCode();
        List<String> eventIds = group.stream().map(DigestItem::eventId).toList();
        Optional<UnitContact> contact = contacts.of(unitCode).filter(c -> c.emails(group.get(0).kind()));
        if (contact.isEmpty()) {
            group.forEach(item -> deliveries.undeliverable(item.eventId(), unitCode, item.kind()));
            claim(group, "undeliverable");
            return;
        }
        String deliveryId = "email:" + unitCode + ":" + fingerprint(group);
        Optional<Delivery> created = deliveries.create(deliveryId, Channel.EMAIL, unitCode,
                group.get(0).kind(), contact.get().emails(), eventIds, emails.of(unitCode, group));
        claim(group, deliveryId);
        created.ifPresent(delivery -> senders.stream()
                .filter(sender -> sender.channel() == Channel.EMAIL)
                .forEach(sender -> sender.send(delivery)));
    }

    private void claim(List<DigestItem> group, String deliveryId) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(group.stream().map(DigestItem::id).toList())
                        .and("deliveryId").is(null)),
                Update.update("deliveryId", deliveryId), DigestItem.class);
    }

    private static String fingerprint(List<DigestItem> group) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            group.stream().map(DigestItem::id).sorted()
                    .forEach(id -> sha.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
