package vn.dondoc.embeddedmongo;

import java.util.List;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A unique index of the store (the {@code _id} index above all) that also answers queries naming its
 * one field by equality together with other conditions. The store itself uses a unique index only
 * when the query has no other field, so {@code {_id: …, version: 3}} (an optimistic-locking save) or
 * {@code {_id: …, claimedUntil: {$lt: …}}} would scan the whole collection; here they look up one
 * document and the store applies the whole query to it.
 */
final class UniqueFieldLookup<P> extends Index<P> {

    private final Index<P> unique;
    private final Optional<String> field;

    UniqueFieldLookup(Index<P> unique, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.unique = unique;
        this.field = keys.size() == 1 ? Optional.of(keys.get(0).getKey()) : Optional.empty();
    }

    @Override
    public boolean canHandle(Document query) {
        return unique.canHandle(query) || lookup(query).isPresent();
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        if (unique.canHandle(query)) {
            return unique.getPositions(query);
        }
        return unique.getPositions(lookup(query).orElseThrow());
    }

    /** The query on the indexed field alone, when the unique index can answer it. */
    private Optional<Document> lookup(Document query) {
        return field.filter(name -> query.size() > 1 && EqualityCondition.valuesOf(query, name).isPresent())
                .map(name -> new Document(name, query.get(name)))
                .filter(unique::canHandle);
    }

    @Override
    public P getPosition(Document document) {
        return unique.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        unique.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        unique.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return unique.remove(document);
    }

    @Override
    public long getCount() {
        return unique.getCount();
    }

    @Override
    public long getDataSize() {
        return unique.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        unique.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position,
            MongoCollection<P> collection) throws KeyConstraintError {
        unique.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        unique.drop();
    }

    @Override
    public boolean isUnique() {
        return true;
    }
}
