package vn.dondoc.eventing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        remember(List.of(key));
        return inserted;
    }

    /**
     * As {@link #insert}, for documents of one class in one unordered bulk write ({@link InsertOnce#insertAll}):
     * only those whose key is not known yet are built and written.
     */
    public <T> void insertAll(MongoOperations mongo, Class<T> type, Map<String, Supplier<? extends T>> documents) {
        List<String> keys = new ArrayList<>();
        List<T> unknown = new ArrayList<>();
        documents.forEach((key, document) -> {
            if (!stored.contains(key)) {
                keys.add(key);
                unknown.add(document.get());
            }
        });
        InsertOnce.insertAll(mongo, type, unknown);
        remember(keys);
    }

    private void remember(List<String> keys) {
        if (stored.size() + keys.size() > limit) {
            stored.clear();
        }
        stored.addAll(keys);
    }
}
