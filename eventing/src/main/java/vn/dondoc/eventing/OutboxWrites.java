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
        T changed = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), entity);
        if (changed != null) {
            Document written = new Document();
            mongo.getConverter().write(changed, written);
            relay.written(mongo.getCollectionName(entity), written.get("_id"),
                    written.getList(OutboxRelay.PENDING_EVENTS, Document.class, List.of()));
        }
        return Optional.ofNullable(changed);
    }
}
