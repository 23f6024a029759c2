package vn.dondoc.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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

/** Stores deliveries and moves them between states with conditional updates; counts every outcome. */
@Service
public class Deliveries {

    private final MongoOperations mongo;
    private final MeterRegistry meters;
    private final Clock clock;

    Deliveries(MongoOperations mongo, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
    }

    /** The new PENDING delivery, or empty when one with this id exists (already sent or sending). */
    public Optional<Delivery> create(String id, Channel channel, String unitCode, NotificationKind kind,
            List<String> recipients, List<String> eventIds, Delivery.Content content) {
        Delivery delivery = new Delivery(id, channel, unitCode, kind, recipients, eventIds,
                DeliveryStatus.PENDING, 0, null, content, clock.instant(), clock.instant());
        return InsertOnce.insert(mongo, delivery) ? Optional.of(delivery) : Optional.empty();
    }

    /** Records that the unit has no contact for this event: visible to the office, once. */
    public void undeliverable(String eventId, String unitCode, NotificationKind kind) {
        Delivery delivery = new Delivery("undeliverable:" + eventId + ":" + unitCode, null, unitCode,
                kind, List.of(), List.of(eventId), DeliveryStatus.UNDELIVERABLE, 0,
                "Đơn vị chưa có thông tin liên hệ cho loại thông báo này", null, clock.instant(),
                clock.instant());
        if (InsertOnce.insert(mongo, delivery)) {
            count(null, DeliveryStatus.UNDELIVERABLE);
        }
    }

    public void sent(Delivery delivery, int attempts) {
        finish(delivery, DeliveryStatus.SENT, attempts, null);
    }

    public void failed(Delivery delivery, int attempts, String reason) {
        finish(delivery, DeliveryStatus.FAILED, attempts, reason);
    }

    /** Moves a FAILED delivery back to PENDING for the office's retry; empty if it was not FAILED. */
    public Optional<Delivery> reopen(String id) {
        Query failed = Query.query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.FAILED));
        Update pending = new Update().set("status", DeliveryStatus.PENDING)
                .set("updatedAt", clock.instant());
        return Optional.ofNullable(mongo.findAndModify(failed, pending,
                FindAndModifyOptions.options().returnNew(true), Delivery.class));
    }

    public Optional<Delivery> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    /** Deliveries, newest first, optionally of one unit and/or one status. */
    public List<Delivery> find(String unitCode, DeliveryStatus status) {
        Criteria criteria = new Criteria();
        if (unitCode != null) {
            criteria = criteria.and("unitCode").is(unitCode);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.find(Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"))), Delivery.class);
    }

    private void finish(Delivery delivery, DeliveryStatus status, int attempts, String reason) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())),
                new Update().set("status", status).inc("attempts", attempts).set("reason", reason)
                        .set("updatedAt", clock.instant()), Delivery.class);
        count(delivery.channel(), status);
    }

    private void count(Channel channel, DeliveryStatus status) {
        meters.counter("dondoc.notifications.deliveries", "channel",
                channel == null ? "none" : channel.name().toLowerCase(), "status",
                status.name().toLowerCase()).increment();
    }
}
