package vn.dondoc.notification.digest;

import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.InsertOnce;

/** Queues events for the unit's next email; a redelivered event is already queued and changes nothing. */
@Service
public class DigestItems {

    private final MongoOperations mongo;

    DigestItems(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** {@code true} when the item is new. */
    public boolean add(DigestItem item) {
        return InsertOnce.insert(mongo, item);
    }

    /** {@link #add} for many items, in one unordered bulk insert; returns those that were new. */
    public List<DigestItem> add(List<DigestItem> items) {
        return InsertOnce.insertAll(mongo, DigestItem.class, items);
    }
}
