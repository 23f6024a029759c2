package vn.dondoc.task.assignment;

/** Progress of an assignment. */
public enum AssignmentStatus {
    /** Chưa thực hiện: assigned, nothing reported yet. */
    NOT_STARTED
}
