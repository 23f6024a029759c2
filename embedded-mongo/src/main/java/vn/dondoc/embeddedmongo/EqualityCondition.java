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
 * conditions, and those of a top-level {@code $and} (as Spring Data writes criteria joined with
 * {@code andOperator}), must all hold, so a matching document holds one of these values in that
 * field whatever else the query says; anything else (operators, regular expressions, arrays,
 * sub-documents, {@code null}) gives nothing and the query is left to a scan.
 */
final class EqualityCondition {

    private static final String IN = "$in";
    private static final String AND = "$and";

    private EqualityCondition() {
    }

    /** Whether a condition on the field (a path, {@code a.0.b}) is exactly {@code {$exists: true}}. */
    static boolean asksPresence(Document query, String field) {
        return conditionsOn(query, field).stream().anyMatch(found -> found instanceof Document condition
                && condition.size() == 1 && Boolean.TRUE.equals(condition.get("$exists")));
    }

    static Optional<List<Object>> valuesOf(Document query, String field) {
        if (field.contains(".")) {
            return Optional.empty();
        }
        return conditionsOn(query, field).stream().map(EqualityCondition::valuesAllowedBy)
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * Every condition the query puts on the field that a matching document must meet: the top-level
     * one and those inside a top-level {@code $and}, however deep {@code $and}s nest.
     */
    static List<Object> conditionsOn(Document query, String field) {
        List<Object> found = new ArrayList<>();
        if (query.containsKey(field)) {
            found.add(query.get(field));
        }
        if (query.get(AND) instanceof Collection<?> parts) {
            for (Object part : parts) {
                if (part instanceof Document required) {
                    found.addAll(conditionsOn(required, field));
                }
            }
        }
        return found;
    }

    private static Optional<List<Object>> valuesAllowedBy(Object condition) {
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

    static boolean isPlain(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
                && !value.getClass().isArray() && !(value instanceof Pattern)
                && !BsonRegularExpression.isRegularExpression(value);
    }
}
