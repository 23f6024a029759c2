package vn.dondoc.task.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One page of assignments asked from the store: the criteria (department or unit included), a stable
 * order, skip/limit and a count of the whole list. Works the same on MongoDB and on the embedded
 * server (plain find, sort, skip, limit, count).
 */
final class StorePages {

    private static final Sort BY_ID = Sort.by(Sort.Order.asc("_id"));
    private static final Sort BY_DUE_DATE = Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("_id"));

    /** The fields a text search reads: the words it looks in, and the order. */
    private static final List<String> SEARCHED = List.of("_id", "dueDate", "unitCode", "taskContent", "taskNumber",
            "planNumber");

    /** As {@link AssignmentLists#BY_DUE_DATE}, on stored documents. */
    private static final Comparator<Document> DOCUMENTS_BY_DUE_DATE = Comparator
            .comparing((Document found) -> found.getDate("dueDate"), Comparator.nullsLast(Comparator.<Date>naturalOrder()))
            .thenComparing(found -> String.valueOf(found.get("_id")));

    private final MongoOperations mongo;

    StorePages(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** All of the criteria ({@code $and}; none: everything). */
    static Criteria all(List<Criteria> parts) {
        List<Criteria> present = parts.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return new Criteria();
        }
        return present.size() == 1 ? present.get(0) : new Criteria().andOperator(present);
    }

    /** In id order. */
    AssignmentLists.Page byId(Criteria criteria, long offset, int size) {
        long total = mongo.count(query(criteria), Assignment.class);
        List<Assignment> items = offset >= total ? List.of()
                : mongo.find(query(criteria).with(BY_ID).skip(offset).limit(size), Assignment.class);
        return new AssignmentLists.Page(items, total);
    }

    /**
     * Earliest deadline first, those without a deadline last (MongoDB sorts a missing value first, so
     * the dated and the undated part are two queries), then by id.
     */
    AssignmentLists.Page byDueDate(Criteria criteria, long offset, int size) {
        Criteria dated = all(List.of(criteria, where("dueDate").ne(null)));
        Criteria undated = all(List.of(criteria, where("dueDate").is(null)));
        long datedCount = mongo.count(query(dated), Assignment.class);
        long total = datedCount + mongo.count(query(undated), Assignment.class);
        List<Assignment> items = new ArrayList<>();
        if (offset < datedCount) {
            items.addAll(mongo.find(query(dated).with(BY_DUE_DATE).skip(offset).limit(size), Assignment.class));
        }
        int rest = size - items.size();
        if (rest > 0 && offset + items.size() < total) {
            items.addAll(mongo.find(query(undated).with(BY_ID).skip(Math.max(0, offset - datedCount)).limit(rest),
                    Assignment.class));
        }
        return new AssignmentLists.Page(items, total);
    }

    /**
     * For a filter the store cannot evaluate: reads what the criteria give (the caller bounds them to a
     * department or a unit), keeps what the filter keeps, sorts and cuts the page in memory.
     */
    AssignmentLists.Page inMemory(Criteria criteria, Predicate<Assignment> keep, Comparator<Assignment> order,
            long offset, int size) {
        List<Assignment> kept = mongo.find(query(criteria), Assignment.class).stream().filter(keep).sorted(order)
                .toList();
        return new AssignmentLists.Page(slice(kept, offset, size), kept.size());
    }

    /**
     * A text search: reads only the searched fields of what the criteria give (bounded by the caller to
     * a department or a unit), keeps the ids whose text matches, then reads the page's assignments whole.
     */
    AssignmentLists.Page searched(Criteria criteria, Predicate<String> matches, long offset, int size) {
        Query projected = query(criteria);
        SEARCHED.forEach(field -> projected.fields().include(field));
        List<String> ids = mongo.find(projected, Document.class, mongo.getCollectionName(Assignment.class)).stream()
                .filter(found -> matches.test(AssignmentLists.searchable(found.get("taskContent"),
                        found.get("taskNumber"), found.get("planNumber"), found.get("unitCode"))))
                .sorted(DOCUMENTS_BY_DUE_DATE).map(found -> String.valueOf(found.get("_id"))).toList();
        List<String> page = slice(ids, offset, size);
        Map<String, Assignment> read = page.isEmpty() ? Map.of()
                : mongo.find(query(where("_id").in(page)), Assignment.class).stream()
                        .collect(Collectors.toMap(Assignment::id, Function.identity()));
        // one removed between the two reads is left out
        return new AssignmentLists.Page(page.stream().map(read::get).filter(Objects::nonNull).toList(), ids.size());
    }

    private static <T> List<T> slice(List<T> all, long offset, int size) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList((int) offset, (int) Math.min(all.size(), offset + size));
    }
}
