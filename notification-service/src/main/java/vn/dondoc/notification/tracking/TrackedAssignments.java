package vn.dondoc.notification.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.InsertOnce;

/**
 * Keeps {@link TrackedAssignment}s with inserts by the assignment id and conditional updates, so a
 * redelivered event leaves them as they are.
 */
@Service
public class TrackedAssignments {

    private final MongoOperations mongo;

    TrackedAssignments(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Records what to display for the assignments: the new ones (nearly all) in one unordered bulk
     * insert, those already stored (an event about them came first, or the poll comes again) given the
     * display in one bulk update that leaves their overdue state as it is.
     */
    public void assigned(List<Assigned> assignments) {
        if (assignments.isEmpty()) {
            return;
        }
        Set<String> inserted = InsertOnce.insertAll(mongo, TrackedAssignment.class,
                assignments.stream().map(Assigned::asNew).toList()).stream().map(TrackedAssignment::id)
                .collect(Collectors.toSet());
        List<Assigned> known = assignments.stream().filter(assigned -> !inserted.contains(assigned.id())).toList();
        if (known.isEmpty()) {
            return;
        }
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TrackedAssignment.class);
        known.forEach(assigned -> updates.updateOne(byId(assigned.id()), displayOf(assigned)));
        updates.execute();
    }

    private static Update displayOf(Assigned a) {
        return new Update().set("unitCode", a.unitCode()).set("planId", a.planId())
                .set("planNumber", a.planNumber()).set("taskId", a.taskId()).set("taskNumber", a.taskNumber())
                .set("taskContent", a.taskContent());
    }

    /** What an assignment's {@code task-assigned} says to display. */
    public record Assigned(String id, String unitCode, String planId, String planNumber, String taskId,
            String taskNumber, String taskContent) {

        /** A tracked assignment not known before: not overdue, not awaiting review, not closed. */
        TrackedAssignment asNew() {
            return new TrackedAssignment(id, unitCode, planId, planNumber, taskId, taskNumber, taskContent, null,
                    null, false, false);
        }
    }

    public Optional<TrackedAssignment> of(String id) {
        return Optional.ofNullable(mongo.findById(id, TrackedAssignment.class));
    }

    /** The units with an assignment in the plan, sorted. */
    public List<String> unitsOf(String planId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId)), TrackedAssignment.class).stream()
                .map(TrackedAssignment::unitCode).distinct().sorted().toList();
    }

    /** Starts weekly reminders for this deadline; a second announcement of the same deadline changes nothing. */
    public void overdue(String id, String unitCode, LocalDate dueDate, LocalDate asOf) {
        long matched = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("overdueDueDate").ne(dueDate)),
                new Update().set("overdueDueDate", dueDate).set("overdueSince", asOf).set("awaitingReview", false),
                TrackedAssignment.class).getMatchedCount();
        if (matched == 0 && !mongo.exists(byId(id), TrackedAssignment.class)) {
            InsertOnce.insert(mongo, new TrackedAssignment(id, unitCode, null, null, null, null, null, dueDate,
                    asOf, false, false));
        }
    }

    /** A new deadline in force: no longer overdue unless task-service announces it again. */
    public void deadlineMoved(String id, LocalDate newDueDate) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("overdueDueDate").lt(newDueDate)),
                new Update().unset("overdueDueDate").unset("overdueSince"), TrackedAssignment.class);
    }

    public void awaitingReview(String id, boolean awaiting) {
        mongo.updateFirst(byId(id), Update.update("awaitingReview", awaiting), TrackedAssignment.class);
    }

    public void closed(String id) {
        mongo.updateFirst(byId(id), Update.update("closed", true), TrackedAssignment.class);
    }

    public void planClosed(String planId) {
        mongo.updateMulti(Query.query(Criteria.where("planId").is(planId)), Update.update("closed", true),
                TrackedAssignment.class);
    }

    /** Assignments that get a weekly overdue reminder. */
    public List<TrackedAssignment> remindedWeekly() {
        return mongo.find(Query.query(Criteria.where("overdueDueDate").ne(null).and("closed").ne(true)
                .and("awaitingReview").ne(true)), TrackedAssignment.class);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
