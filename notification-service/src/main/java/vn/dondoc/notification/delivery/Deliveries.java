package vn.dondoc.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.inbox.NotificationKind;

/**
 * Stores deliveries and moves them between states with conditional single-document updates; counts
 * every outcome. Whoever creates, reopens or resumes a PENDING delivery holds a claim on it (a token
 * of its own, valid for {@code notification.resume.after}); only the holder of a live claim sends it.
 * A delivery that failed over its channel is given the time of its next attempt in the same update
 * ({@link RedeliverySettings}), or, once it has been tried for {@code giveUpAfter}, made UNDELIVERABLE.
 */
@Service
public class Deliveries {

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final MongoOperations mongo;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ResumeSettings resume;
    private final RedeliverySettings redelivery;

    Deliveries(MongoOperations mongo, MeterRegistry meters, Clock clock, ResumeSettings resume,
            RedeliverySettings redelivery) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
        this.resume = resume;
        this.redelivery = redelivery;
    }

    /**
     * The new PENDING delivery, claimed by the caller, or empty when one with this id exists
     * (already sent or sending).
     */
    public Optional<Delivery> create(String id, Channel channel, String unitCode, NotificationKind kind,
            List<String> recipients, List<String> eventIds, Delivery.Content content) {
        Instant now = clock.instant();
        Delivery delivery = new Delivery(id, channel, unitCode, kind, recipients, eventIds,
                DeliveryStatus.PENDING, 0, null, content, now, now, newClaim(), now.plus(resume.after()), 0, null);
        return InsertOnce.insert(mongo, delivery) ? Optional.of(delivery) : Optional.empty();
    }

    /** Records that the unit has no contact for this event: visible to the office, once. */
    public void undeliverable(String eventId, String unitCode, NotificationKind kind) {
        if (InsertOnce.insert(mongo, undeliverableRecord(new Unreachable(eventId, unitCode, kind)))) {
            count(null, DeliveryStatus.UNDELIVERABLE);
        }
    }

    /** {@link #undeliverable} for many events and units, in one unordered bulk insert. */
    public void undeliverable(List<Unreachable> unreachable) {
        List<Delivery> records = unreachable.stream().map(this::undeliverableRecord).toList();
        InsertOnce.insertAll(mongo, Delivery.class, records).forEach(created -> count(null, DeliveryStatus.UNDELIVERABLE));
    }

    private Delivery undeliverableRecord(Unreachable u) {
        Instant now = clock.instant();
        return new Delivery("undeliverable:" + u.eventId() + ":" + u.unitCode(), null, u.unitCode(), u.kind(),
                List.of(), List.of(u.eventId()), DeliveryStatus.UNDELIVERABLE, 0,
                "Đơn vị chưa có thông tin liên hệ cho loại thông báo này", null, now, now, null, null, 0, null);
    }

    /** An event for a unit with no contact for its kind. */
    public record Unreachable(String eventId, String unitCode, NotificationKind kind) {
    }

    public void sent(Delivery delivery, int attempts) {
        finish(delivery, DeliveryStatus.SENT, attempts, null, null);
    }

    /**
     * FAILED over its channel (server down, timeout, 5xx, open circuit): sent again automatically at
     * the next attempt time, with backoff; UNDELIVERABLE with the reason once it has been tried for
     * {@code notification.redelivery.give-up-after} since it was created.
     */
    public void failed(Delivery delivery, int attempts, String reason) {
        Instant now = clock.instant();
        Instant createdAt = delivery.createdAt() == null ? now : delivery.createdAt();
        if (now.isBefore(redelivery.deadline(createdAt))) {
            finish(delivery, DeliveryStatus.FAILED, attempts, reason,
                    redelivery.nextAttempt(createdAt, delivery.redeliveries(), now));
        } else {
            finish(delivery, DeliveryStatus.UNDELIVERABLE, attempts,
                    "Không gửi được trong " + redelivery.giveUpAfterText() + ": " + reason, null);
        }
    }

    /**
     * FAILED for a reason that sending again does not cure (no mail server configured, an address the
     * unit no longer has or that is refused): left for the office to retry by hand once it is fixed.
     */
    public void failedUntilRetriedByHand(Delivery delivery, int attempts, String reason) {
        finish(delivery, DeliveryStatus.FAILED, attempts, reason, null);
    }

    /** Moves a FAILED delivery back to PENDING, claimed, for the office's retry; empty if it was not FAILED. */
    public Optional<Delivery> reopen(String id) {
        Query failed = Query.query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.FAILED));
        return claim(failed, new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", null));
    }

    /** FAILED deliveries whose next attempt time has come, the longest due first. */
    public List<Delivery> due(int limit) {
        return mongo.find(Query.query(dueAgain()).with(Sort.by("nextAttemptAt", "_id")).limit(limit),
                Delivery.class);
    }

    /**
     * Takes a FAILED delivery whose next attempt time has come back to PENDING, claimed, in one atomic
     * conditional update: of two instances only one gets it; empty for the other.
     */
    public Optional<Delivery> claimDue(String id) {
        return claim(Query.query(Criteria.where("_id").is(id).andOperator(dueAgain())),
                new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", null).inc("redeliveries", 1));
    }

    /** PENDING deliveries nobody holds a live claim on (left by a crash, or deferred), oldest first. */
    public List<Delivery> unclaimed(int limit) {
        return mongo.find(Query.query(unclaimedPending()).with(Sort.by("createdAt", "_id")).limit(limit),
                Delivery.class);
    }

    /**
     * Takes over a PENDING delivery nobody holds a live claim on, in one atomic conditional update:
     * of two instances (or the sweep and the live path) only one gets it; empty for the others.
     */
    public Optional<Delivery> claimUnclaimed(String id) {
        return claim(Query.query(Criteria.where("_id").is(id).andOperator(unclaimedPending())), new Update());
    }

    /**
     * Renews the caller's claim just before sending: {@code false} when the delivery is no longer
     * PENDING or another caller has taken it over (then the caller must not send it).
     */
    public boolean stillClaimed(Delivery delivery) {
        if (delivery.claimedBy() == null) {
            return false;
        }
        Instant now = clock.instant();
        // matched, not modified: renewed within the millisecond of the claim, the update changes
        // nothing (dates are stored to the millisecond) and the claim is still the caller's
        return mongo.updateFirst(heldBy(delivery), new Update().set("claimedUntil", now.plus(resume.after()))
                .set("updatedAt", now), Delivery.class).getMatchedCount() == 1;
    }

    /** Gives the claim up until {@code until}: the delivery stays PENDING and the sweep sends it then. */
    public void defer(Delivery delivery, Instant until) {
        mongo.updateFirst(heldBy(delivery), new Update().set("claimedBy", null).set("claimedUntil", until)
                .set("updatedAt", clock.instant()), Delivery.class);
        meters.counter("dondoc.notifications.deferred", "channel", channelTag(delivery.channel())).increment();
    }

    public Optional<Delivery> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    /**
     * A page of deliveries, newest first (then by id), optionally of one unit and/or one status, of the
     * units of one department ({@code null}: all): filter, skip and limit in the store, and a count.
     */
    public Page<Delivery> find(String unitCode, DeliveryStatus status, String department, int page, int size) {
        Criteria criteria = new Criteria();
        if (unitCode != null) {
            criteria = criteria.and("unitCode").is(unitCode);
        } else if (department != null) {
            criteria = criteria.and("unitCode").regex("^" + Pattern.quote(department) + "\\.");
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        long total = mongo.count(Query.query(criteria), Delivery.class);
        List<Delivery> found = mongo.find(Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
                .skip((long) page * size).limit(size), Delivery.class);
        return new PageImpl<>(found, PageRequest.of(page, size), total);
    }

    private void finish(Delivery delivery, DeliveryStatus status, int attempts, String reason,
            Instant nextAttemptAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())),
                new Update().set("status", status).inc("attempts", attempts).set("reason", reason)
                        .set("nextAttemptAt", nextAttemptAt).set("updatedAt", clock.instant()), Delivery.class);
        count(delivery.channel(), status);
    }

    private Optional<Delivery> claim(Query query, Update update) {
        Instant now = clock.instant();
        update.set("claimedBy", newClaim()).set("claimedUntil", now.plus(resume.after())).set("updatedAt", now);
        return Optional.ofNullable(mongo.findAndModify(query, update,
                FindAndModifyOptions.options().returnNew(true), Delivery.class));
    }

    /** PENDING and its claim ran out; a delivery stored before claims existed: not updated for {@code after}. */
    private Criteria unclaimedPending() {
        Instant now = clock.instant();
        return Criteria.where("status").is(DeliveryStatus.PENDING).orOperator(
                Criteria.where("claimedUntil").lt(now),
                Criteria.where("claimedUntil").is(null).and("updatedAt").lt(now.minus(resume.after())));
    }

    private Criteria dueAgain() {
        return Criteria.where("status").is(DeliveryStatus.FAILED).and("nextAttemptAt").ne(null).lte(clock.instant());
    }

    private static Query heldBy(Delivery delivery) {
        return Query.query(Criteria.where("_id").is(delivery.id()).and("status").is(DeliveryStatus.PENDING)
                .and("claimedBy").is(delivery.claimedBy()));
    }

    private static String newClaim() {
        return INSTANCE + "/" + UUID.randomUUID();
    }

    private void count(Channel channel, DeliveryStatus status) {
        meters.counter("dondoc.notifications.deliveries", "channel", channelTag(channel), "status",
                status.name().toLowerCase()).increment();
    }

    private static String channelTag(Channel channel) {
        return channel == null ? "none" : channel.name().toLowerCase();
    }
}
