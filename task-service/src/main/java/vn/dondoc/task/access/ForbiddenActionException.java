package vn.dondoc.task.access;

/** The actor may not read or change this assignment; nothing was changed. */
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String message) {
        super(message);
    }
}
