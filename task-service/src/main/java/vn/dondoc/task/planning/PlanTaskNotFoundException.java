package vn.dondoc.task.planning;

/** No issued plan or no task with that id here; the message is Vietnamese. */
public class PlanTaskNotFoundException extends RuntimeException {

    public PlanTaskNotFoundException(String message) {
        super(message);
    }
}
