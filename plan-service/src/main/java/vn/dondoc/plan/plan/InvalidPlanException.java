package vn.dondoc.plan.plan;

/** A plan breaks a rule of its own (a task without lead, a unit named twice); the message is Vietnamese. */
public class InvalidPlanException extends RuntimeException {

    public InvalidPlanException(String message) {
        super(message);
    }
}
