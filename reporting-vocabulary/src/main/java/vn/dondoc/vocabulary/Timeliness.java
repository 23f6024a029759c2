package vn.dondoc.vocabulary;

/** The timeliness axis of domain.md section 5. */
public enum Timeliness {
    /** Trong hạn. */
    WITHIN_DEADLINE("trong hạn"),
    /** Sắp đến hạn: at most 3 days left. */
    DUE_SOON("sắp đến hạn"),
    /** Quá hạn: the as-of date (or the submission) is after the deadline. */
    OVERDUE("quá hạn"),
    /** Không có hạn. */
    NO_DEADLINE("không có hạn"),
    /**
     * A task without a recognised timeframe (UNSPECIFIED) and no deadline yet: neither continuous nor
     * "không có hạn"; flagged for the office to give a timeframe (reporting-service counts it apart).
     */
    TIMEFRAME_TO_SET("chưa xác định thời hạn"),
    /** Withdrawn or refused: no longer owed. */
    NOT_APPLICABLE("không áp dụng");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
