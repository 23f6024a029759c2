package vn.dondoc.embeddedmongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The values a query's top-level condition on one field allows when it is an equality
 * ({@code {field: value}}) or a list ({@code {field: {$in: [...]}}}) of plain values. Top-level
 * conditions are AND-ed, so a matching document holds one of these values in that field whatever
 * else the query says; anything else (operators, regular expressions, arrays, sub-documents,
 * {@code null}) gives nothing and the query is left to a scan.
 */
final class EqualityCondition {

    private static final String IN = "$in";

    private EqualityCondition() {
    }

    /** Whether the query's condition on the field (a path, {@code a.0.b}) is exactly {@code {$exists: true}}. */
    static boolean asksPresence(Document query, String field) {
        return query.get(field) instanceof Document condition && condition.size() == 1
                && Boolean.TRUE.equals(condition.get("$exists"));
    }

    static Optional<List<Object>> valuesOf(Document query, String field) {
        if (field.contains(".") || !query.containsKey(field)) {
            return Optional.empty();
        }
        Object condition = query.get(field);
        if (isPlain(condition)) {
            return Optional.of(List.of(condition));
        }
        if (condition instanceof Document operators && operators.size() == 1
                && operators.get(IN) instanceof Collection<?> listed) {
            List<Object> values = new ArrayList<>(listed.size());
            for (Object value : listed) {
                if (!isPlain(value)) {
                    return Optional.empty();
                }
                values.add(value);
            }
            return Optional.of(values);
        }
        return Optional.empty();
    }

    private static boolean isPlain(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
                && !value.getClass().isArray() && !(value instanceof Pattern)
                && !BsonRegularExpression.isRegularExpression(value);
    }
}
