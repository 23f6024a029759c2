package vn.dondoc.task.assignment;

import vn.dondoc.vocabulary.AssignmentStatus;

/** The assignment's current state does not allow the action; the message is Vietnamese. */
public class IllegalTransitionException extends RuntimeException {

    private final AssignmentStatus current;

    public IllegalTransitionException(String action, Assignment assignment, String why) {
        super("Không thể " + action + ": phân công đang ở trạng thái «"
                + assignment.work().status().label() + "»" + (why == null ? "" : " — " + why));
        this.current = assignment.work().status();
    }

    public AssignmentStatus current() {
        return current;
    }
}
