package vn.dondoc.task.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores one change of an assignment as one conditional single-document update: the changed state,
 * the history line and the pending event together, only if nobody changed the document since it
 * was read (same {@code version}). Events already pending are left alone for the relay. After a
 * stored change it announces the write as an {@link AfterSaveEvent}, as a save would, so a relay
 * that listens for written documents sends the new event at once instead of at its next sweep.
 */
@Component
class AssignmentWrites {

    static final String COLLECTION = "assignments";

    private static final List<String> STATE_FIELDS = List.of("status", "originalDueDate", "dueDate", "progressPercent",
            "submittedOn", "resultSummary", "completedOn", "approvedExtensions", "pendingExtension",
            "dueSoonAnnouncedFor", "overdueAnnouncedFor", "role", "taskNumber", "taskContent", "leadUnits",
            // written by every change, so an assignment stored before the field existed gets it
            "unitDepartment");

    private final MongoOperations mongo;
    private final ApplicationEventPublisher events;

    AssignmentWrites(MongoOperations mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
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
        boolean stored = mongo.updateFirst(
                query(where("_id").is(before.id()).and("version").is(before.version())), update,
                Assignment.class).getModifiedCount() == 1;
        if (stored) {
            events.publishEvent(new AfterSaveEvent<>(after, new Document("_id", after.id()),
                    COLLECTION));
        }
        return stored;
    }

    private static Object last(Document document, String field) {
        List<?> values = document.getList(field, Object.class);
        return values.get(values.size() - 1);
    }
}
