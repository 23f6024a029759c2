package vn.dondoc.embeddedmongo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * A unique index in a hash map, for a collection in the H2 file: rebuilt from the documents when
 * the file is opened (mongo-java-server fills an empty index from the collection). The H2 backend's
 * own unique index keeps its keys in an MVStore map that compares two keys by Java-serializing
 * both, which made every lookup by {@code _id} and every insert pay for serialization.
 */
final class InMemoryUniqueIndex<P> extends AbstractUniqueIndex<P> {

    private final Map<KeyValue, P> positions = new ConcurrentHashMap<>();

    InMemoryUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    protected P removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, P position) {
        return positions.putIfAbsent(key, position) == null;
    }

    @Override
    protected P getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, P>> getIterable() {
        return positions.entrySet();
    }
}
