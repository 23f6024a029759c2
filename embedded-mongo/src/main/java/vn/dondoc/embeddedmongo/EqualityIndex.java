package vn.dondoc.embeddedmongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index, kept in memory, on the first field of a declared index: it answers queries
 * with an equality or {@code $in} on that field by the positions of the documents holding the
 * value (each element of an array counts, as in MongoDB), and {@code {field: {$exists: true}}} by
 * the documents where the field (or path, {@code pendingEvents.0.eventId}) may be present. The store
 * still applies the whole query to those documents, so the other conditions, the sort and the
 * paging are exactly as with a scan. When the index has a second field (not a path), a range on it
 * in the same query ({@code {unitDepartment: d, dueDate: {$lt: day}}}) narrows each value's
 * documents to those in range ({@link RangeBuckets}), and {@code {dueDate: null}} to those without
 * a value there. When the query names only the index's fields
 * ({@link CoveredQuery}), the index keeps the values of its further fields and answers it exactly,
 * in the order of the second field and {@code _id}, without a document read ({@link #matching}).
 * Rebuilt from the documents when the store opens.
 */
final class EqualityIndex<P> extends Index<P> {

    private static final String ID_FIELD = "_id";

    private final String field;
    /** The index's second field when a range on it can narrow a lookup; {@code null} otherwise. */
    private final String rangeField;
    private final Index<P> fieldKeys;
    private final DocumentPositions<P> positions;
    private final Map<KeyValue, Set<P>> positionsByValue = new HashMap<>();
    private final Map<KeyValue, RangeBuckets<P>> rangesByValue = new HashMap<>();
    private final Set<P> present = new HashSet<>();
    /** The index's fields after the second that a covered query may name (not {@code _id}, not paths). */
    private final List<String> filterFields;
    private final Map<P, Held> heldByPosition = new HashMap<>();

    /** What a covered query reads of one document: its id and the values of the further fields. */
    private record Held(Object id, Object[] values) {

        /** An array may match an equality by one of its elements: only the document can tell. */
        boolean regular() {
            for (Object value : values) {
                if (value instanceof Collection<?> || (value != null && value.getClass().isArray())) {
                    return false;
                }
            }
            return true;
        }
    }

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse, DocumentPositions<P> positions) {
        super(name, keys, sparse);
        this.positions = positions;
        this.field = keys.get(0).getKey();
        this.rangeField = keys.size() > 1 && !keys.get(1).getKey().contains(".") ? keys.get(1).getKey() : null;
        this.fieldKeys = new EmptyIndex<>(name, List.of(keys.get(0)));
        this.filterFields = rangeField == null ? List.of() : keys.stream().skip(2).map(IndexKey::getKey)
                .filter(key -> !key.equals(ID_FIELD) && !key.contains(".")).toList();
    }

    /** Whether {@link #matching} gives the order of this sort: {@code {second field: 1, _id: 1}}. */
    boolean ordersBy(Document orderBy) {
        List<String> fields = List.copyOf(orderBy.keySet());
        return rangeField != null && fields.equals(List.of(rangeField, ID_FIELD))
                && orderBy.values().stream().allMatch(direction -> direction instanceof Number number
                        && number.intValue() == 1);
    }

    /**
     * The positions of exactly the documents a query on the index's own fields matches, by the
     * second field then {@code _id} ascending; nothing when the query names anything else or a
     * document holds an array where only the document could tell.
     */
    synchronized Optional<List<P>> matching(Document query) {
        if (rangeField == null || field.contains(".")) {
            return Optional.empty();
        }
        Optional<CoveredQuery> covered = CoveredQuery.of(query, field, rangeField, filterFields);
        if (covered.isEmpty()) {
            return Optional.empty();
        }
        Set<KeyValue> keys = fieldKeys.getKeyValues(new Document(field, covered.get().value()));
        if (keys.size() != 1) {
            return Optional.empty();
        }
        RangeBuckets<P> buckets = rangesByValue.get(keys.iterator().next());
        if (buckets == null) {
            return Optional.of(List.of());
        }
        Optional<List<Set<P>>> groups = buckets.exactlyWithin(covered.get().range());
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<P> found = new ArrayList<>();
        for (Set<P> group : groups.get()) {
            List<Map.Entry<Object, P>> kept = new ArrayList<>();
            for (P position : group) {
                Held held = heldByPosition.get(position);
                if (held == null || !held.regular()) {
                    return Optional.empty();
                }
                if (covered.get().admits(filterFields, held.values())) {
                    kept.add(Map.entry(held.id(), position));
                }
            }
            kept.sort((a, b) -> ValueComparator.asc().compare(a.getKey(), b.getKey()));
            kept.forEach(entry -> found.add(entry.getValue()));
        }
        return Optional.of(found);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return EqualityCondition.valuesOf(query, field).isPresent() || EqualityCondition.asksPresence(query, field);
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Optional<List<Object>> values = EqualityCondition.valuesOf(query, field);
        if (values.isEmpty()) {
            return inStoreOrder(present);
        }
        Optional<RangeCondition> range = rangeField == null ? Optional.empty() : RangeCondition.on(query, rangeField);
        boolean withoutRangeValue = rangeField != null && range.isEmpty()
                && EqualityCondition.conditionsOn(query, rangeField).contains(null);
        Set<P> positions = new LinkedHashSet<>();
        for (Object value : values.get()) {
            for (KeyValue key : fieldKeys.getKeyValues(new Document(field, value))) {
                if (withoutRangeValue) {
                    RangeBuckets<P> buckets = rangesByValue.get(key);
                    if (buckets != null) {
                        buckets.addWithoutValue(positions);
                    }
                } else if (range.isPresent()) {
                    RangeBuckets<P> buckets = rangesByValue.get(key);
                    if (buckets != null) {
                        buckets.addWithin(range.get(), positions);
                    }
                } else {
                    positions.addAll(positionsByValue.getOrDefault(key, Set.of()));
                }
            }
        }
        return inStoreOrder(positions);
    }

    @Override
    public synchronized P getPosition(Document document) {
        return positions.of(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        positions.added(document, position);
        remember(valuesOf(document), rangeValueOf(document), position);
        hold(document, position);
        if (FieldPresence.mayHave(document, field)) {
            present.add(position);
        }
    }

    @Override
    public synchronized P remove(Document document) {
        P position = positions.removed(document);
        if (position != null) {
            forget(valuesOf(document), rangeValueOf(document), position);
            present.remove(position);
            heldByPosition.remove(position);
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
            MongoCollection<P> collection) {
        if (FieldPresence.mayHave(newDocument, field)) {
            present.add(position);
        } else {
            present.remove(position);
        }
        hold(newDocument, position);
        Set<KeyValue> before = valuesOf(oldDocument);
        Set<KeyValue> after = valuesOf(newDocument);
        Object rangeBefore = rangeValueOf(oldDocument);
        Object rangeAfter = rangeValueOf(newDocument);
        if (!before.equals(after) || !Objects.equals(rangeBefore, rangeAfter)) {
            forget(before, rangeBefore, position);
            remember(after, rangeAfter, position);
        }
    }

    @Override
    public synchronized long getCount() {
        return positions.count();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        rangesByValue.clear();
        positions.clear();
        present.clear();
        heldByPosition.clear();
    }

    private void hold(Document document, P position) {
        if (rangeField != null) {
            heldByPosition.put(position, new Held(document.get(ID_FIELD),
                    filterFields.stream().map(document::get).toArray()));
        }
    }

    /** The values equality lookups find the document by; none for a path (only its presence is kept). */
    private Set<KeyValue> valuesOf(Document document) {
        return field.contains(".") ? Set.of() : PlainKeys.of(document, field, fieldKeys::getKeyValues);
    }

    /** The value of the second field a range narrows by; {@code null} when there is none. */
    private Object rangeValueOf(Document document) {
        return rangeField == null ? null : document.get(rangeField);
    }

    private void remember(Set<KeyValue> keys, Object rangeValue, P position) {
        for (KeyValue key : keys) {
            positionsByValue.computeIfAbsent(key, any -> new LinkedHashSet<>()).add(position);
            if (rangeField != null) {
                rangesByValue.computeIfAbsent(key, any -> new RangeBuckets<>()).add(rangeValue, position);
            }
        }
    }

    private void forget(Set<KeyValue> keys, Object rangeValue, P position) {
        for (KeyValue key : keys) {
            RangeBuckets<P> buckets = rangesByValue.get(key);
            if (buckets != null) {
                buckets.remove(rangeValue, position);
                if (buckets.isEmpty()) {
                    rangesByValue.remove(key);
                }
            }
            Set<P> positions = positionsByValue.get(key);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    positionsByValue.remove(key);
                }
            }
        }
    }

    /** In the order a scan would give (positions are insertion numbers or sorted keys), when they compare. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <P> List<P> inStoreOrder(Collection<P> positions) {
        List<P> ordered = new ArrayList<>(positions);
        if (!ordered.isEmpty() && ordered.stream().allMatch(p -> p instanceof Comparable
                && p.getClass() == ordered.get(0).getClass())) {
            ordered.sort((a, b) -> ((Comparable) a).compareTo(b));
        }
        return ordered;
    }
}
