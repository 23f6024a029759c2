package vn.dondoc.reporting.departmentreport;

/** Why a department report submission changed nothing; the web layer maps {@link Reason} to a status. */
public class DepartmentReportRejected extends RuntimeException {

    /** The ways a submission is refused. */
    public enum Reason {
        UNKNOWN_DEPARTMENT,
        BEFORE_CUT_OFF,
        ALREADY_SUBMITTED
    }

    private final Reason reason;

    public DepartmentReportRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
