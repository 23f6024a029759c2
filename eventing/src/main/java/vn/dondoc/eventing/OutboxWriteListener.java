package vn.dondoc.eventing;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Wakes the relay as soon as a document is written, so its events go out without waiting for the next pass. */
class OutboxWriteListener extends AbstractMongoEventListener<Object> {

    private final OutboxRelay relay;

    OutboxWriteListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        Object id = event.getDocument() == null ? null : event.getDocument().get("_id");
        if (id != null) {
            relay.written(event.getCollectionName(), id);
        }
    }
}
