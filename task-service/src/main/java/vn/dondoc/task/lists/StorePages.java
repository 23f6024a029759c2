package vn.dondoc.task.lists;

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
import vn.dondoc.task.assignment.Assignment;

/**
 * One page of assignments asked from the store: the criteria (department or unit included) select
 * the (id, deadline) pairs of the list, which give its stable order and its length; only the page's
 * assignments are read whole. Works the same on MongoDB and on the embedded server (plain finds).
 */
final class StorePages {

    /** The fields a text search reads: the words it looks in, and the order. */
    private static final List<String> SEARCHED = List.of("_id", "dueDate", "unitCode", "taskContent", "taskNumber",
            "planNumber");

    private static final Comparator<Document> DOCUMENTS_BY_ID = Comparator.comparing(found -> String.valueOf(found.get("_id")));

    /** As {@link AssignmentLists#BY_DUE_DATE}, on stored documents. */
    private static final Comparator<Document> DOCUMENTS_BY_DUE_DATE = Comparator
            .comparing((Document found) -> found.getDate("dueDate"), Comparator.nullsLast(Comparator.<Date>naturalOrder()))
            .thenComparing(found -> String.valueOf(found.get("_id")));

    /** Earlier than any deadline: {@code dueDate >= } it holds every assignment with one (a date). */
    private static final Date ANY_DEADLINE = new Date(Long.MIN_VALUE);

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
        return ordered(criteria, DOCUMENTS_BY_ID, offset, size);
    }

    /** Earliest deadline first, those without a deadline last, then by id. */
    AssignmentLists.Page byDueDate(Criteria criteria, long offset, int size) {
        return ordered(criteria, DOCUMENTS_BY_DUE_DATE, offset, size);
    }

    /**
     * Earliest deadline first, then by id, those without a deadline last (by id), as {@link #byDueDate},
     * from the store's sorted pages and counts of the two parts: for one unit ({@code unitCode}, and
     * optionally {@code status}) the index {@code unit_due_status} gives the page of those with a
     * deadline and their number without reading another assignment, on MongoDB and on the embedded
     * store alike, and the few without one are found through it too. Reading every (id, deadline)
     * pair of the unit instead cost a read of each of its assignments per page.
     */
    AssignmentLists.Page deadlinesFirst(Criteria criteria, long offset, int size) {
        Criteria dated = all(List.of(criteria, where("dueDate").gte(ANY_DEADLINE)));
        Criteria undated = all(List.of(criteria, where("dueDate").is(null)));
        long datedCount = mongo.count(query(dated), Assignment.class);
        List<Assignment> page = new ArrayList<>(size);
        if (offset < datedCount) {
            page.addAll(mongo.find(query(dated).with(Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("_id")))
                    .skip(offset).limit(size), Assignment.class));
        }
        long undatedCount = mongo.count(query(undated), Assignment.class);
        if (page.size() < size && offset + page.size() < datedCount + undatedCount) {
            page.addAll(mongo.find(query(undated).with(Sort.by(Sort.Order.asc("_id")))
                    .skip(Math.max(0, offset - datedCount)).limit(size - page.size()), Assignment.class));
        }
        return new AssignmentLists.Page(page, datedCount + undatedCount);
    }

    /**
     * Earliest deadline first, then by id, of criteria with a range of deadlines (so none without
     * one): the store's sorted page and its count. Within a department, with conditions only on status
     * and role, the index {@code department_due_status} answers both without reading another
     * assignment, on MongoDB and on the embedded store alike.
     */
    AssignmentLists.Page inDeadlineRange(Criteria criteria, long offset, int size) {
        Query page = query(criteria).with(Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("_id"))).skip(offset)
                .limit(size);
        List<Assignment> found = mongo.find(page, Assignment.class);
        return new AssignmentLists.Page(found, mongo.count(query(criteria), Assignment.class));
    }

    /**
     * The order and the count come from the (id, deadline) pairs of what the criteria give (bounded
     * by the caller to a department or a unit; the store decodes only those two fields), and only the
     * page's assignments are read whole. A sort with skip and a separate count made the embedded store
     * decode every matching assignment three or four times per page.
     */
    private AssignmentLists.Page ordered(Criteria criteria, Comparator<Document> order, long offset, int size) {
        Query pairs = query(criteria);
        pairs.fields().include("_id").include("dueDate");
        List<String> ids = mongo.find(pairs, Document.class, mongo.getCollectionName(Assignment.class)).stream()
                .sorted(order).map(found -> String.valueOf(found.get("_id"))).toList();
        return pageOf(ids, offset, size);
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
        return pageOf(ids, offset, size);
    }

    /** The page of the ordered ids, read whole, and the length of the whole list. */
    private AssignmentLists.Page pageOf(List<String> ids, long offset, int size) {
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
