package vn.dondoc.embeddedmongo;

import java.util.List;
import java.util.function.Function;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The aggregation the MongoDB driver sends for {@code countDocuments} — {@code $match}, optionally
 * {@code $skip} and {@code $limit}, then {@code $group: {_id: 1, n: {$sum: 1}}} — answered through
 * the collection's query, which uses the indexes, instead of mongo-java-server's aggregation, which
 * reads and decodes every document of the collection before it matches (a paged list's count at
 * 100,000 assignments took seconds). Any other pipeline, or one with options this does not know
 * ({@code hint}, {@code collation}, …), is left to mongo-java-server. The answer is what MongoDB
 * answers: one batch with {@code {_id: 1, n}}, empty when nothing matches.
 */
final class CountPipeline {

    private static final List<String> KNOWN_OPTIONS = List.of("aggregate", "pipeline", "cursor", "$db", "lsid",
            "$readPreference", "maxTimeMS", "$clusterTime", "txnNumber", "autocommit", "readConcern");

    private CountPipeline() {
    }

    /** The reply to a count pipeline, or {@code null} when the command is something else. */
    static Document answer(String databaseName, String command, Document query,
            Function<String, MongoCollection<?>> collections) {
        if (!"aggregate".equalsIgnoreCase(command) || !(query.get("aggregate") instanceof String name)
                || !(query.get("pipeline") instanceof List<?> pipeline)
                || !KNOWN_OPTIONS.containsAll(query.keySet())) {
            return null;
        }
        Document match = new Document();
        int skip = 0;
        int limit = 0;
        int stage = 0;
        if (stage < pipeline.size() && only(pipeline.get(stage), "$match") instanceof Document filter) {
            match = filter;
            stage++;
        }
        if (stage < pipeline.size() && only(pipeline.get(stage), "$skip") instanceof Number skipped) {
            skip = skipped.intValue();
            stage++;
        }
        if (stage < pipeline.size() && only(pipeline.get(stage), "$limit") instanceof Number limited) {
            limit = limited.intValue();
            stage++;
        }
        if (stage != pipeline.size() - 1 || !countingGroup(only(pipeline.get(stage), "$group"))) {
            return null;
        }
        MongoCollection<?> collection = collections.apply(name);
        int counted = collection == null ? 0 : collection.count(match, skip, limit);
        Document cursor = new Document("id", 0L).append("ns", databaseName + "." + name)
                .append("firstBatch", counted == 0 ? List.of() : List.of(new Document("_id", 1).append("n", counted)));
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    /** The value of a stage that has exactly the one operator, else {@code null}. */
    private static Object only(Object stage, String operator) {
        return stage instanceof Document document && document.size() == 1 ? document.get(operator) : null;
    }

    private static boolean countingGroup(Object group) {
        return group instanceof Document document && document.size() == 2 && isOne(document.get("_id"))
                && document.get("n") instanceof Document sum && sum.size() == 1 && isOne(sum.get("$sum"));
    }

    private static boolean isOne(Object value) {
        return value instanceof Number number && number.doubleValue() == 1.0;
    }
}
