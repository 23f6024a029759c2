package vn.dondoc.embeddedmongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * The positions of the documents holding one value of an index's first field, ordered by the value
 * of its second field, so that a range on the second field is read without a scan. Documents
 * whose second field is an array are always candidates (any element may be in range); those
 * without it, or with {@code null}, never are (a range does not match them), but they are the
 * candidates of {@code {field: null}}, with those holding an array (it may hold {@code null}).
 */
final class RangeBuckets<P> {

    private final NavigableMap<Object, Set<P>> byValue = new TreeMap<>(ValueComparator.ascWithoutListHandling());
    private final Set<P> ofArrays = new LinkedHashSet<>();
    private final Set<P> withoutValue = new LinkedHashSet<>();

    void add(Object value, P position) {
        if (value instanceof Collection<?>) {
            ofArrays.add(position);
        } else if (value == null) {
            withoutValue.add(position);
        } else {
            byValue.computeIfAbsent(value, any -> new LinkedHashSet<>()).add(position);
        }
    }

    void remove(Object value, P position) {
        if (value instanceof Collection<?>) {
            ofArrays.remove(position);
        } else if (value == null) {
            withoutValue.remove(position);
        } else {
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
        return byValue.isEmpty() && ofArrays.isEmpty() && withoutValue.isEmpty();
    }

    /** Every position that may match {@code {field: null}}: no value, {@code null}, or an array. */
    void addWithoutValue(Collection<P> into) {
        into.addAll(ofArrays);
        into.addAll(withoutValue);
    }

    /** Every position whose value may be within the range (a superset: the store applies the query). */
    void addWithin(RangeCondition range, Collection<P> into) {
        into.addAll(ofArrays);
        within(range).values().forEach(into::addAll);
    }

    /**
     * Exactly the positions whose value is within the range, grouped by value in ascending order, as
     * MongoDB compares: only values of the bounds' kind (numbers, dates or strings) are in a range.
     * Nothing when that cannot be told without the documents: an array may hold a value in range,
     * or the bounds are of another kind or of two kinds.
     */
    Optional<List<Set<P>>> exactlyWithin(RangeCondition range) {
        String kind = kindOf(range.lower() != null ? range.lower() : range.upper());
        if (!ofArrays.isEmpty() || kind == null
                || (range.lower() != null && range.upper() != null && !kind.equals(kindOf(range.upper())))) {
            return Optional.empty();
        }
        List<Set<P>> groups = new ArrayList<>();
        within(range).forEach((value, positions) -> {
            if (kind.equals(kindOf(value))) {
                groups.add(positions);
            }
        });
        return Optional.of(groups);
    }

    private NavigableMap<Object, Set<P>> within(RangeCondition range) {
        if (range.lower() != null && range.upper() != null) {
            if (byValue.comparator().compare(range.lower(), range.upper()) > 0) {
                return new TreeMap<>();
            }
            return byValue.subMap(range.lower(), range.lowerIncluded(), range.upper(), range.upperIncluded());
        }
        if (range.lower() != null) {
            return byValue.tailMap(range.lower(), range.lowerIncluded());
        }
        return byValue.headMap(range.upper(), range.upperIncluded());
    }

    /** The kinds a range compares within; {@code null} for any other value. */
    private static String kindOf(Object value) {
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Date || value instanceof Instant) {
            return "date";
        }
        return value instanceof String ? "string" : null;
    }
}
