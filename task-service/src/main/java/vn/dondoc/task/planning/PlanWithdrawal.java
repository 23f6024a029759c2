package vn.dondoc.task.planning;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentActions;
import vn.dondoc.task.assignment.AssignmentCommand;
import vn.dondoc.task.plan.PlanCopy;

/**
 * A withdrawn plan (thu hồi) withdraws every open assignment of it: one conditional update each
 * with its history line and {@code task-withdrawn}, under the request id {@code plan-withdrawn}, so
 * a redelivered withdrawal changes nothing.
 */
@Service
public class PlanWithdrawal {

    /** The request id of every withdrawal a withdrawn plan makes. */
    public static final String REQUEST_ID = "plan-withdrawn";

    private final MongoOperations mongo;
    private final AssignmentActions actions;

    PlanWithdrawal(MongoOperations mongo, AssignmentActions actions) {
        this.mongo = mongo;
        this.actions = actions;
    }

    /** Marks the plan withdrawn (also one not seen yet) and returns how many assignments it withdrew. */
    public int withdraw(String planId, String number, String departmentCode, String reason) {
        Update update = new Update().set("withdrawn", true).set("withdrawalReason", reason)
                .setOnInsert("number", number).setOnInsert("departmentCode", departmentCode)
                .setOnInsert("planVersion", 0).inc("version", 1);
        mongo.upsert(query(where("_id").is(planId)), update, PlanCopy.class);
        return withdrawOpenAssignments(planId);
    }

    int withdrawOpenAssignments(String planId) {
        PlanCopy plan = mongo.findById(planId, PlanCopy.class);
        String reason = "Kế hoạch " + plan.number() + " bị thu hồi"
                + (plan.withdrawalReason() == null ? "" : ": " + plan.withdrawalReason());
        int withdrawn = 0;
        for (Assignment assignment : mongo.find(query(where("planId").is(planId)), Assignment.class)) {
            if (assignment.work().status().isOpen()) {
                withdrawn += actions.actAsSystem(assignment.id(),
                        new AssignmentCommand.Withdraw(reason), REQUEST_ID) ? 1 : 0;
            }
        }
        return withdrawn;
    }
}
