package vn.dondoc.task.planning;

/** The plan or task does not allow the office's action now (withdrawn, no lead, wrong kind). */
public class PlanTaskConflictException extends RuntimeException {

    public PlanTaskConflictException(String message) {
        super(message);
    }
}
