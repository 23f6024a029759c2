package vn.dondoc.task.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dondoc.security.Caller;

/**
 * Gives the assignments stored before {@code unitDepartment} existed their department once at start
 * (one update per unit), so that the lists, which filter by it in the store, find them.
 */
@Component
class AssignmentDepartments {

    private final MongoOperations mongo;

    AssignmentDepartments(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        for (String unit : mongo.findDistinct(query(where("unitDepartment").exists(false)), "unitCode",
                Assignment.class, String.class)) {
            mongo.updateMulti(query(where("unitCode").is(unit).and("unitDepartment").exists(false)),
                    Update.update("unitDepartment", Caller.departmentOf(unit)), Assignment.class);
        }
    }
}
