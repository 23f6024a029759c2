package vn.dondoc.embeddedmongo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The top-level fields a query reads when it returns only some fields: those it matches on, sorts
 * by and returns, and {@code _id}. Empty when it may need whole documents: no projection, an
 * exclusion, a projection operator ({@code $slice}, {@code $elemMatch}), or a query or sort this
 * class does not take apart ({@code $expr}, {@code $where}, {@code $text}, a {@code $meta} sort).
 */
final class NeededFields {

    private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");

    private NeededFields() {
    }

    static Optional<Set<String>> of(Document query, Document orderBy, Document projection) {
        if (projection == null || projection.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = new HashSet<>();
        fields.add("_id");
        for (Map.Entry<String, Object> entry : projection.entrySet()) {
            boolean included = isTrue(entry.getValue());
            if (entry.getKey().startsWith("$") || !included && !entry.getKey().equals("_id")) {
                return Optional.empty();
            }
            fields.add(topLevel(entry.getKey()));
        }
        if (!addQueried(query, fields)) {
            return Optional.empty();
        }
        if (orderBy != null) {
            for (Map.Entry<String, Object> entry : orderBy.entrySet()) {
                if (entry.getKey().startsWith("$") && !entry.getKey().equals("$natural")
                        || !(entry.getValue() instanceof Number)) {
                    return Optional.empty();
                }
                fields.add(topLevel(entry.getKey()));
            }
        }
        return Optional.of(fields);
    }

    private static boolean addQueried(Document query, Set<String> fields) {
        if (query == null) {
            return true;
        }
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            if (LOGICAL.contains(key)) {
                if (!(entry.getValue() instanceof List<?> clauses)) {
                    return false;
                }
                for (Object clause : clauses) {
                    if (!(clause instanceof Document part) || !addQueried(part, fields)) {
                        return false;
                    }
                }
            } else if (key.startsWith("$")) {
                return false;
            } else {
                fields.add(topLevel(key));
            }
        }
        return true;
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean flag ? flag : value instanceof Number number && number.doubleValue() != 0;
    }

    private static String topLevel(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }
}
