package vn.dondoc.embeddedmongo;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * A query that asks only about an index's own fields, so the index answers it exactly without
 * reading a document: one plain value of the first field, one range on the second, and for the
 * further fields a string or a list of strings ({@code $in}). Top-level conditions and those of a
 * top-level {@code $and} (as Spring Data writes them) are read; a field named twice, an operator
 * other than these, or a field the index does not hold makes the query not covered.
 *
 * @param value the first field's value
 * @param range the bounds on the second field
 * @param allowed for each further field the query names, the strings it allows
 */
record CoveredQuery(Object value, RangeCondition range, Map<String, Set<String>> allowed) {

    private static final String AND = "$and";
    private static final String IN = "$in";

    static Optional<CoveredQuery> of(Document query, String field, String rangeField, List<String> filterFields) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        if (!collect(query, conditions) || !EqualityCondition.isPlain(conditions.get(field))) {
            return Optional.empty();
        }
        Optional<RangeCondition> range = RangeCondition.of(conditions.get(rangeField));
        if (range.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> condition : conditions.entrySet()) {
            String name = condition.getKey();
            if (name.equals(field) || name.equals(rangeField)) {
                continue;
            }
            Optional<Set<String>> strings = filterFields.contains(name) ? strings(condition.getValue()) : Optional.empty();
            if (strings.isEmpty()) {
                return Optional.empty();
            }
            allowed.put(name, strings.get());
        }
        return Optional.of(new CoveredQuery(conditions.get(field), range.get(), allowed));
    }

    /** Whether a document with these values of the further fields ({@code null}: absent) matches. */
    boolean admits(List<String> filterFields, Object[] values) {
        for (Map.Entry<String, Set<String>> condition : allowed.entrySet()) {
            Object held = values[filterFields.indexOf(condition.getKey())];
            if (!(held instanceof String text) || !condition.getValue().contains(text)) {
                return false;
            }
        }
        return true;
    }

    /** Every condition, by field, flattening top-level {@code $and}s; false when one cannot be read so. */
    private static boolean collect(Document query, Map<String, Object> into) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (AND.equals(entry.getKey())) {
                if (!(entry.getValue() instanceof Collection<?> parts)) {
                    return false;
                }
                for (Object part : parts) {
                    if (!(part instanceof Document required) || !collect(required, into)) {
                        return false;
                    }
                }
            } else if (entry.getKey().startsWith("$") || into.putIfAbsent(entry.getKey(), entry.getValue()) != null
                    || entry.getValue() == null) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Set<String>> strings(Object condition) {
        if (condition instanceof String text) {
            return Optional.of(Set.of(text));
        }
        if (condition instanceof Document operators && operators.size() == 1
                && operators.get(IN) instanceof Collection<?> listed) {
            Set<String> texts = new HashSet<>();
            for (Object value : listed) {
                if (!(value instanceof String text)) {
                    return Optional.empty();
                }
                texts.add(text);
            }
            return Optional.of(texts);
        }
        return Optional.empty();
    }
}
