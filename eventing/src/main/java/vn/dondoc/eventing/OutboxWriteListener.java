package vn.dondoc.eventing;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Hands the relay each document as soon as its write is acknowledged, with the pending events it
 * holds, so they go out without waiting for the next sweep or reading the document back.
 */
class OutboxWriteListener extends AbstractMongoEventListener<Object> {

    private final OutboxRelay relay;

    OutboxWriteListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        Document saved = event.getDocument();
        Object id = saved == null ? null : saved.get("_id");
        if (id != null) {
            relay.written(event.getCollectionName(), id, saved.getList(OutboxRelay.PENDING_EVENTS, Document.class, List.of()));
        }
    }
}
