package vn.dondoc.embeddedmongo;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * The positions of the documents holding one value of an index's first field, ordered by the value
 * of its second field, so that a range on the second field is read without a scan. Documents
 * whose second field is an array are always candidates (any element may be in range); those
 * without it, or with {@code null}, never are (a range does not match them).
 */
final class RangeBuckets<P> {

    private final NavigableMap<Object, Set<P>> byValue = new TreeMap<>(ValueComparator.ascWithoutListHandling());
    private final Set<P> ofArrays = new LinkedHashSet<>();

    void add(Object value, P position) {
        if (value instanceof Collection<?>) {
            ofArrays.add(position);
        } else if (value != null) {
            byValue.computeIfAbsent(value, any -> new LinkedHashSet<>()).add(position);
        }
    }

    void remove(Object value, P position) {
        if (value instanceof Collection<?>) {
            ofArrays.remove(position);
        } else if (value != null) {
            Set<P> positions = byValue.get(value);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    byValue.remove(value);
                }
            }
        }
    }

    boolean isEmpty() {
        return byValue.isEmpty() && ofArrays.isEmpty();
    }

    /** Every position whose value may be within the range (a superset: the store applies the query). */
    void addWithin(RangeCondition range, Collection<P> into) {
        into.addAll(ofArrays);
        NavigableMap<Object, Set<P>> within;
        if (range.lower() != null && range.upper() != null) {
            if (byValue.comparator().compare(range.lower(), range.upper()) > 0) {
                return;
            }
            within = byValue.subMap(range.lower(), range.lowerIncluded(), range.upper(), range.upperIncluded());
        } else if (range.lower() != null) {
            within = byValue.tailMap(range.lower(), range.lowerIncluded());
        } else {
            within = byValue.headMap(range.upper(), range.upperIncluded());
        }
        within.values().forEach(into::addAll);
    }
}
