package vn.dondoc.task.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dondoc.eventing.OutboxWrites;

/**
 * Stores one change of an assignment as one conditional single-document update: the changed state,
 * the history line and the pending event together, only if nobody changed the document since it
 * was read (same {@code version}). Events already pending are left alone for the relay, which is
 * told of a stored change at once ({@link OutboxWrites}).
 */
@Component
class AssignmentWrites {

    private static final List<String> STATE_FIELDS = List.of("status", "originalDueDate", "dueDate", "progressPercent",
            "submittedOn", "resultSummary", "completedOn", "approvedExtensions", "pendingExtension",
            "dueSoonAnnouncedFor", "overdueAnnouncedFor", "role", "taskNumber", "taskContent", "leadUnits",
            // written by every change, so an assignment stored before the field existed gets it
            "unitDepartment");

    private final MongoOperations mongo;
    private final OutboxWrites writes;

    AssignmentWrites(MongoOperations mongo, OutboxWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /** {@code false} when the document changed since {@code before} was read: read again and retry. */
    boolean store(Assignment before, Assignment after) {
        Document changed = new Document();
        mongo.getConverter().write(after, changed);
        Update update = new Update();
        for (String field : STATE_FIELDS) {
            Object value = changed.get(field);
            if (value == null) {
                update.unset(field);
            } else {
                update.set(field, value);
            }
        }
        update.push("history", last(changed, "history"));
        update.push("pendingEvents", last(changed, "pendingEvents"));
        update.inc("version", 1);
        return writes.update(query(where("_id").is(before.id()).and("version").is(before.version())), update,
                Assignment.class).isPresent();
    }

    private static Object last(Document document, String field) {
        List<?> values = document.getList(field, Object.class);
        return values.get(values.size() - 1);
    }
}
