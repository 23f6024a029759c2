package vn.dondoc.reporting.unitreport;

/** Why a submission changed nothing; the web layer maps {@link Reason} to a status and a Vietnamese title. */
public class UnitReportRejected extends RuntimeException {

    /** The four ways a submission is refused. */
    public enum Reason {
        UNKNOWN_UNIT,
        BEFORE_CUT_OFF,
        ALREADY_SUBMITTED,
        FIGURES_DIFFER
    }

    private final Reason reason;

    public UnitReportRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
