package vn.dondoc.embeddedmongo;

import java.util.Optional;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The bounds a query's condition on one field sets when it is a range ({@code $gt}, {@code $gte},
 * {@code $lt}, {@code $lte} on plain values, nothing else): a document matches only with a value of
 * the field between them, so never with the field missing or {@code null}. Several range conditions
 * (in a {@code $and}): the first is taken, which keeps a superset of what the query matches.
 */
record RangeCondition(Object lower, boolean lowerIncluded, Object upper, boolean upperIncluded) {

    private static final Set<String> OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

    static Optional<RangeCondition> on(Document query, String field) {
        return EqualityCondition.conditionsOn(query, field).stream().map(RangeCondition::of)
                .flatMap(Optional::stream).findFirst();
    }

    /** The bounds of one condition, when it is a range of plain values. */
    static Optional<RangeCondition> of(Object condition) {
        if (!(condition instanceof Document operators) || operators.isEmpty()
                || !OPERATORS.containsAll(operators.keySet())
                || !operators.values().stream().allMatch(EqualityCondition::isPlain)) {
            return Optional.empty();
        }
        Object lower = operators.containsKey("$gte") ? operators.get("$gte") : operators.get("$gt");
        Object upper = operators.containsKey("$lte") ? operators.get("$lte") : operators.get("$lt");
        return Optional.of(new RangeCondition(lower, operators.containsKey("$gte") || !operators.containsKey("$gt"),
                upper, operators.containsKey("$lte") || !operators.containsKey("$lt")));
    }
}
