package vn.dondoc.task.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dondoc.security.Caller;

/**
 * Gives the assignments stored before {@code unitDepartment} existed their department (one update per
 * unit), so that the lists, which filter by it in the store, find them. Runs until it has completed
 * once, then never again: a marker in {@value #MIGRATIONS} says so (finding the assignments without a
 * department is a scan of the collection; every assignment written since carries its department).
 */
@Component
class AssignmentDepartments {

    static final String MIGRATIONS = "migrations";
    static final String MARKER = "assignment-unit-department";

    private final MongoOperations mongo;

    AssignmentDepartments(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        if (mongo.exists(query(where("_id").is(MARKER)), MIGRATIONS)) {
            return;
        }
        for (String unit : mongo.findDistinct(query(where("unitDepartment").exists(false)), "unitCode",
                Assignment.class, String.class)) {
            mongo.updateMulti(query(where("unitCode").is(unit).and("unitDepartment").exists(false)),
                    Update.update("unitDepartment", Caller.departmentOf(unit)), Assignment.class);
        }
        mongo.save(new Document("_id", MARKER).append("completedAt", Instant.now()), MIGRATIONS);
    }
}
