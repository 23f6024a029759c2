package vn.dondoc.embeddedmongo;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * A query {@code {field: {$in: [...]}}} whose values are all strings or object ids — a read of a batch
 * by ids or codes — matched by a set lookup: mongo-java-server compares a document's value with each
 * listed value in turn (a batch of 400 read by id was 400 × 400 comparisons, each normalizing both
 * sides). A document whose value is a string or an id matches when the set holds it; any other value
 * is left to the full matcher ({@link #matches} answers {@code null}).
 */
record PlainInCondition(String field, Set<Object> values) {

    /** The condition of the query, or {@code null} when it is not of that shape. */
    static PlainInCondition of(Document query) {
        if (query.size() != 1) {
            return null;
        }
        Map.Entry<String, Object> only = query.entrySet().iterator().next();
        String field = only.getKey();
        if (field.startsWith("$") || field.contains(".") || !(only.getValue() instanceof Document condition)
                || condition.size() != 1 || !(condition.get("$in") instanceof Collection<?> listed)
                || !listed.stream().allMatch(PlainKeys::isPlain)) {
            return null;
        }
        return new PlainInCondition(field, new HashSet<>(listed));
    }

    /** Whether the document matches; {@code null} when its value is not a string or an id. */
    Boolean matches(Document document) {
        Object value = document.get(field);
        return PlainKeys.isPlain(value) ? values.contains(value) : null;
    }
}
