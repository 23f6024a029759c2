package vn.dondoc.notification.inbox;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.InsertOnce;

/** Delivers notifications to unit inboxes, once per event and unit. */
@Service
public class Inbox {

    private final MongoOperations mongo;

    Inbox(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** {@code true} when the notification is new. */
    public boolean deliver(Notification notification) {
        return InsertOnce.insert(mongo, notification);
    }

    /** {@link #deliver} for many notifications, in one unordered bulk insert; returns those that were new. */
    public List<Notification> deliver(List<Notification> notifications) {
        return InsertOnce.insertAll(mongo, Notification.class, notifications);
    }

    /** A page of the unit's notifications, newest first (then by id): skip and limit in the store, and a count. */
    public Page<Notification> of(String unitCode, int page, int size) {
        long total = mongo.count(Query.query(Criteria.where("unitCode").is(unitCode)), Notification.class);
        Query query = Query.query(Criteria.where("unitCode").is(unitCode))
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))
                .skip((long) page * size).limit(size);
        return new PageImpl<>(mongo.find(query, Notification.class), PageRequest.of(page, size), total);
    }

    public long unreadOf(String unitCode) {
        return mongo.count(Query.query(Criteria.where("unitCode").is(unitCode).and("read").is(false)),
                Notification.class);
    }

    /** Marks one of the unit's notifications read; {@code false} when the unit has no such notification. */
    public boolean markRead(String unitCode, String id) {
        Query mine = Query.query(Criteria.where("_id").is(id).and("unitCode").is(unitCode));
        return mongo.updateFirst(mine, Update.update("read", true), Notification.class).getMatchedCount() == 1;
    }

    /** Marks all of the unit's notifications read; returns how many were unread. */
    public long markAllRead(String unitCode) {
        return mongo.updateMulti(Query.query(Criteria.where("unitCode").is(unitCode).and("read").is(false)),
                Update.update("read", true), Notification.class).getModifiedCount();
    }
}
