package vn.dondoc.vocabulary;

/** Progress of an assignment (the progress axis of domain.md section 5). */
public enum AssignmentStatus {
    /** Chưa thực hiện: assigned, nothing reported yet. */
    NOT_STARTED("chưa thực hiện"),
    /** Đang thực hiện: acknowledged or progress reported. */
    IN_PROGRESS("đang thực hiện"),
    /** Chờ xác nhận: result submitted, awaiting the office's review. */
    SUBMITTED("chờ xác nhận"),
    /** Hoàn thành: the office accepted the result. */
    COMPLETED("hoàn thành"),
    /** Trả lại: the office returned the result for rework; completion cleared. */
    RETURNED("trả lại"),
    /** Từ chối: the lead unit refused the assignment. */
    REFUSED("từ chối"),
    /** Thu hồi: the office withdrew the assignment. */
    WITHDRAWN("thu hồi");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese name users read. */
    public String label() {
        return label;
    }

    /** Whether the unit still owes work (the assignment can become overdue). */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == SUBMITTED || this == RETURNED;
    }

    /** Whether the lead may still work on it: report progress, submit, ask for more time. */
    public boolean isWorkable() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED;
    }
}
