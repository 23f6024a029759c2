package vn.dondoc.task.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * One page of a unit's work in the order of {@link AssignmentQueries#BY_DUE_DATE} without reading
 * the whole list: the order and the count come from the (id, deadline) pairs of the unit's
 * assignments (the unit index), and only the page's assignments are read whole.
 */
@Service
public class UnitWorkPages {

    private static final List<String> OPEN = Arrays.stream(AssignmentStatus.values())
            .filter(AssignmentStatus::isOpen).map(Enum::name).toList();

    private static final Comparator<Document> BY_DUE_DATE = Comparator
            .comparing((Document pair) -> pair.getDate("dueDate"), Comparator.nullsLast(Comparator.<Date>naturalOrder()))
            .thenComparing(UnitWorkPages::idOf);

    private final MongoOperations mongo;

    UnitWorkPages(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The page starting at {@code from} (0-based) of at most {@code size}; {@code openOnly} leaves out closed ones. */
    public WorkPage of(String unitCode, boolean openOnly, long from, int size) {
        Document filter = new Document("unitCode", unitCode);
        if (openOnly) {
            filter.append("status", new Document("$in", OPEN));
        }
        // straight from the driver: Spring Data's read callback (a lifecycle event per document) cost
        // more than the store for a unit's thousands of pairs
        List<String> ordered = mongo.getCollection(mongo.getCollectionName(Assignment.class)).find(filter)
                .projection(new Document("_id", 1).append("dueDate", 1)).into(new ArrayList<>())
                .stream().sorted(BY_DUE_DATE).map(UnitWorkPages::idOf).toList();
        if (from >= ordered.size()) {
            return new WorkPage(List.of(), ordered.size());
        }
        List<String> page = ordered.subList((int) from, (int) Math.min(ordered.size(), from + size));
        Map<String, Assignment> read = mongo.find(Query.query(where("_id").in(page)), Assignment.class).stream()
                .collect(Collectors.toMap(Assignment::id, Function.identity()));
        // an assignment removed between the two reads is left out
        return new WorkPage(page.stream().map(read::get).filter(Objects::nonNull).toList(), ordered.size());
    }

    private static String idOf(Document pair) {
        return String.valueOf(pair.get("_id"));
    }

    /** The assignments of the page, in order, and how many the whole list has. */
    public record WorkPage(List<Assignment> assignments, long total) {
    }
}
