package vn.dondoc.task.assignment;

/** No assignment has this id. */
public class AssignmentNotFoundException extends RuntimeException {

    public AssignmentNotFoundException(String id) {
        super("Không tìm thấy phân công " + id);
    }
}
