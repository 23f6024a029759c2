package vn.dondoc.notification.inbox;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    public List<Notification> of(String unitCode) {
        Query query = Query.query(Criteria.where("unitCode").is(unitCode))
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        return mongo.find(query, Notification.class);
    }
}
