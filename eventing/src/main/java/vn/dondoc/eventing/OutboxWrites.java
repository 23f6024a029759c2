package vn.dondoc.eventing;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * The write path of a conditional change that carries events: the state change and its pushed
 * pending events are one atomic update of one document, and when it was stored the relay is told
 * at once, with every event the document now holds, so nothing waits for the sweep. (Whole
 * documents written by {@code save}/{@code insert} reach the relay through
 * {@link OutboxWriteListener}.)
 */
public class OutboxWrites {

    private final MongoOperations mongo;
    private final OutboxRelay relay;

    public OutboxWrites(MongoOperations mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * Applies {@code update} to the first document of {@code entity}'s collection that matches
     * {@code query}; returns the document as changed, or empty when none matched (nothing written).
     */
    public <T> Optional<T> update(Query query, UpdateDefinition update, Class<T> entity) {
        return written(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), entity),
                entity);
    }

    /**
     * Applies {@code update} to the document of {@code entity}'s collection that matches
     * {@code query}, inserting it when there is none (an entry replaced whole, with its events
     * pushed next to the events it still holds); returns the document as written. The relay is told
     * from the stored document, so {@code entity} need not map {@code pendingEvents}.
     */
    public <T> T upsert(Query query, UpdateDefinition update, Class<T> entity) {
        String collection = mongo.getCollectionName(entity);
        Document stored = mongo.findAndModify(query, update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
        relay.written(collection, stored.get("_id"),
                stored.getList(OutboxRelay.PENDING_EVENTS, Document.class, List.of()));
        return mongo.getConverter().read(entity, stored);
    }

    /**
     * Inserts whole new documents of {@code entity} (each with the pending events it carries) in one
     * unordered bulk write, leaving out each one whose id is stored already; returns those inserted,
     * in the order given ({@link InsertOnce#insertAll}). Each inserted document reaches the relay
     * once: a bulk write that stored them all through {@link OutboxWriteListener}, one that left some
     * out (it ends in an error, so the store announces none of its writes) from here.
     */
    public <T> List<T> insertAll(Class<T> entity, List<T> documents) {
        List<T> inserted = InsertOnce.insertAll(mongo, entity, documents);
        if (inserted.size() < documents.size()) {
            String collection = mongo.getCollectionName(entity);
            for (T document : inserted) {
                Document written = new Document();
                mongo.getConverter().write(document, written);
                relay.written(collection, written.get("_id"),
                        written.getList(OutboxRelay.PENDING_EVENTS, Document.class, List.of()));
            }
        }
        return inserted;
    }

    private <T> Optional<T> written(T changed, Class<T> entity) {
        if (changed != null) {
            Document written = new Document();
            mongo.getConverter().write(changed, written);
            relay.written(mongo.getCollectionName(entity), written.get("_id"),
                    written.getList(OutboxRelay.PENDING_EVENTS, Document.class, List.of()));
        }
        return Optional.ofNullable(changed);
    }
}
