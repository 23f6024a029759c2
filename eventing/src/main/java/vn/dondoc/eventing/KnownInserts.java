package vn.dondoc.eventing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link InsertOnce} for facts that repeat on nearly every event ("this unit owes this report"):
 * the ids this instance has seen stored are remembered, so a repeat costs no round trip to the store
 * and no duplicate-key error. Only for documents that are never deleted. Forgets everything when it
 * holds {@code limit} ids, and after a restart it asks the store again: correct either way.
 */
public final class KnownInserts {

    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private final int limit;

    public KnownInserts(int limit) {
        this.limit = limit;
    }

    /**
     * Inserts the document key names (built only when needed); {@code false} when it is known or found
     * stored (already applied).
     */
    public boolean insert(MongoOperations mongo, String key, Supplier<?> document) {
        if (stored.contains(key)) {
            return false;
        }
        boolean inserted = InsertOnce.insert(mongo, document.get());
        if (stored.size() >= limit) {
            stored.clear();
        }
        stored.add(key);
        return inserted;
    }
}
