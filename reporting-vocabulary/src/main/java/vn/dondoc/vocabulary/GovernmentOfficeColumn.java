package vn.dondoc.vocabulary;

/**
 * The columns of the Government Office's matrix (domain guide §5) where a period's report puts an
 * assignment, plus the places the report keeps apart. reporting-service alone decides the column
 * (ADR 0007); this is the one list of names and Vietnamese labels.
 */
public enum GovernmentOfficeColumn {
    COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
    COMPLETED_LATE("Hoàn thành quá hạn"),
    OPEN_WITHIN_DEADLINE("Đang thực hiện trong hạn"),
    OPEN_OVERDUE("Đang thực hiện quá hạn"),
    CONTINUOUS("Thường xuyên"),
    NOT_OCCURRED("Không phát sinh"),
    /** Open, with a timeframe kind that has no deadline here (not continuous, event-driven or unspecified). */
    NO_DEADLINE("Không có hạn"),
    /** Withdrawn inside the window: shown apart, not in the rates. */
    WITHDRAWN("Thu hồi"),
    /**
     * Open, of a task without a recognised timeframe (UNSPECIFIED) and no deadline yet: neither
     * continuous nor "không có hạn" — flagged for the office to give it a timeframe and counted apart,
     * beside the nine, until then (domain guide §5).
     */
    TIMEFRAME_TO_SET("Chưa xác định thời hạn"),
    /** Not counted in this period (assigned later, refused, or finished before the window). */
    NOT_COUNTED("Không tính");

    private final String label;

    GovernmentOfficeColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
