package vn.dondoc.task.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.Unwrapped;
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

    private final MongoOperations mongo;
    private final OutboxWrites writes;

    /**
     * The fields a change writes: those of the assignment's values (stored flat, {@link Unwrapped}). The
     * origin's never change; writing them gives an assignment stored before {@code unitDepartment}
     * existed its department.
     */
    private final List<String> stateFields;

    AssignmentWrites(MongoOperations mongo, OutboxWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        this.stateFields = stateFields(mongo.getConverter().getMappingContext().getRequiredPersistentEntity(
                Assignment.class), mongo.getConverter().getMappingContext());
    }

    private static List<String> stateFields(MongoPersistentEntity<?> assignment,
            MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> context) {
        List<String> fields = new ArrayList<>();
        for (MongoPersistentProperty value : assignment) {
            if (value.isUnwrapped()) {
                context.getRequiredPersistentEntity(value).forEach(field -> fields.add(field.getFieldName()));
            }
        }
        return List.copyOf(fields);
    }

    /** {@code false} when the document changed since {@code before} was read: read again and retry. */
    boolean store(Assignment before, Assignment after) {
        Document changed = new Document();
        mongo.getConverter().write(after, changed);
        Update update = new Update();
        for (String field : stateFields) {
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
