package vn.dondoc.embeddedmongo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;

/**
 * A unique index in a hash map, for a collection in the H2 file: rebuilt from the documents when
 * the file is opened (mongo-java-server fills an empty index from the collection). The H2 backend's
 * own unique index keeps its keys in an MVStore map that compares two keys by Java-serializing
 * both, which made every lookup by {@code _id} and every insert pay for serialization.
 */
final class InMemoryUniqueIndex<P> extends AbstractUniqueIndex<P> {

    private final Map<KeyValue, P> positions = new ConcurrentHashMap<>();

    /** The field when the index is on one field, not a path ({@code _id}, a code): its keys are then {@link PlainKeys}. */
    private final String plainField;

    InMemoryUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        plainField = keys.size() == 1 && !keys.get(0).getKey().contains(".") ? keys.get(0).getKey() : null;
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        return plainField == null ? super.getKeyValues(document) : PlainKeys.of(document, plainField, super::getKeyValues);
    }

    /** As mongo-java-server checks, without parsing the field's path for a string or an id (twice per insert). */
    @Override
    public synchronized void checkAdd(Document document, MongoCollection<P> collection) {
        Object value = plainField == null ? null : document.get(plainField);
        if (!PlainKeys.isPlain(value)) {
            super.checkAdd(document, collection);
            return;
        }
        KeyValue key = new KeyValue(value);
        if (positions.containsKey(key)) {
            throw new DuplicateKeyError(this, collection, getKeys(), key);
        }
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
