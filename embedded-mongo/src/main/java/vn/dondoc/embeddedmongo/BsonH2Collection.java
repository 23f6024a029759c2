package vn.dondoc.embeddedmongo;

import static de.bwaldvogel.mongo.backend.Constants.ID_FIELD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection in an H2 MVStore map whose values are the documents' BSON bytes. mongo-java-server's
 * own H2 collection stores documents with Java serialization, so reading one page of the map
 * rebuilt every document on it (most of a query's time once a collection outgrows the page cache);
 * here a page holds byte arrays and only the documents a query asks for are decoded, and of those,
 * when the query returns only some fields, only the fields it matches on, sorts by and returns.
 */
final class BsonH2Collection extends AbstractSynchronizedMongoCollection<Object> {

    private final MVMap<Object, byte[]> documents;

    /** The query whose documents are being matched, and its {@code $in} of strings or ids if it is one. */
    private volatile Matching matching = new Matching(null, null);

    private record Matching(Document query, PlainInCondition in) {
    }

    /** The stored documents' BSON bytes in all; {@code -1} until asked for (counted from the map then). */
    private long dataSize = -1;

    BsonH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, byte[]> documents, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
        this.documents = documents;
    }

    /**
     * Not by mongo-java-server, which encodes every document added, changed or removed once more to
     * measure it (and wrote the sum into the file at each write): the size is the stored bytes'.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        throw new UnsupportedOperationException("the data size is the stored bytes' (tracksDataSize is false)");
    }

    @Override
    protected synchronized int getDataSize() {
        if (dataSize < 0) {
            dataSize = documents.values().stream().mapToLong(bytes -> bytes.length).sum();
        }
        return (int) Math.min(Integer.MAX_VALUE, dataSize);
    }

    private synchronized void stored(byte[] previous, byte[] now) {
        if (dataSize >= 0) {
            dataSize += (now == null ? 0 : now.length) - (previous == null ? 0 : previous.length);
        }
    }

    /** Whether a document's position is its {@code _id} ({@link #positionOf}); not in a collection without ids. */
    boolean positionedById() {
        return ID_FIELD.equals(getIdField());
    }

    /** The position of a document of a collection {@link #positionedById}: the key it is stored under. */
    static Object positionOf(Document document) {
        return Missing.ofNullable(document.get(ID_FIELD));
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = positionedById() ? positionOf(document)
                : getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        byte[] bytes = BsonBytes.of(document);
        byte[] previous = documents.put(Missing.ofNullable(key), bytes);
        if (previous != null) {
            throw new IllegalStateException("Document with key '" + key + "' already existed in " + this);
        }
        stored(null, bytes);
        return key;
    }

    @Override
    public int count() {
        return documents.size();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    protected Document getDocument(Object position) {
        byte[] bytes = documents.get(position);
        return bytes == null ? null : BsonBytes.document(bytes);
    }

    @Override
    protected void removeDocument(Object position) {
        byte[] removed = documents.remove(position);
        if (removed == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
        stored(removed, null);
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(BsonBytes.document(entry.getValue()), entry.getKey()));
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
            int batchSize, Document fieldSelector) {
        Stream<Document> all = documents.values().stream().map(reader(query, orderBy, fieldSelector));
        if (isNaturalDescending(orderBy)) {
            List<Document> ascending = all.collect(Collectors.toCollection(ArrayList::new));
            Collections.reverse(ascending);
            all = ascending.stream();
        }
        return matchDocumentsFromStream(all, query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy,
            int numberToSkip, int numberToReturn, int batchSize, Document fieldSelector) {
        Stream<Document> found = StreamSupport.stream(positions.spliterator(), false).map(documents::get)
                .filter(Objects::nonNull).map(reader(query, orderBy, fieldSelector));
        return matchDocumentsFromStream(found, query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
    }

    /**
     * A query on one index's own fields, sorted by its second field and {@code _id} (or not sorted
     * when counted), is answered by the index: only the page's documents are read.
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
            int batchSize, Document fieldSelector) {
        Optional<List<Object>> ordered = orderBy == null || orderBy.size() != 2 ? Optional.empty()
                : coveredBy(query, orderBy);
        if (ordered.isEmpty()) {
            return super.queryDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
        }
        List<Object> all = ordered.get();
        int from = Math.min(all.size(), Math.max(0, numberToSkip));
        int to = numberToReturn > 0 ? Math.min(all.size(), from + numberToReturn) : all.size();
        return matchDocuments(query, all.subList(from, to), orderBy, 0, numberToReturn, batchSize, fieldSelector);
    }

    @Override
    public int count(Document query, int skip, int limit) {
        Optional<List<Object>> matching = query == null ? Optional.empty() : coveredBy(query, null);
        if (matching.isEmpty()) {
            return super.count(query, skip, limit);
        }
        int counted = Math.max(0, matching.get().size() - Math.max(0, skip));
        return limit > 0 ? Math.min(limit, counted) : counted;
    }

    /**
     * The exact answer of an index whose own fields are all the query names, in the order {@code orderBy}
     * asks ({@code {second field: 1, _id: 1}}; {@code null}: any order).
     */
    private Optional<List<Object>> coveredBy(Document query, Document orderBy) {
        for (Index<Object> index : getIndexes()) {
            if (index instanceof EqualityIndex<Object> equality && (orderBy == null
                    || equality.ordersBy(orderBy))) {
                Optional<List<Object>> matching = equality.matching(query);
                if (matching.isPresent()) {
                    return matching;
                }
            }
        }
        return Optional.empty();
    }

    /** Decodes only the fields a query that returns some fields reads; whole documents otherwise. */
    private static Function<byte[], Document> reader(Document query, Document orderBy, Document fieldSelector) {
        return NeededFields.of(query, orderBy, fieldSelector)
                .map(BsonBytes::names)
                .<Function<byte[], Document>>map(names -> bytes -> BsonBytes.fields(bytes, names))
                .orElse(BsonBytes::document);
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        Matching current = matching;
        if (current.query() != query) {
            current = new Matching(query, PlainInCondition.of(query));
            matching = current;
        }
        Boolean matches = current.in() == null ? null : current.in().matches(document);
        return matches != null ? matches : super.documentMatchesQuery(document, query);
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        byte[] bytes = BsonBytes.of(newDocument);
        stored(documents.put(Missing.ofNullable(position), bytes), bytes);
    }
}
