package vn.dondoc.task.assignment;

/** The Government Office's report columns (domain.md section 5). */
public enum MatrixColumn {
    COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
    COMPLETED_LATE("Hoàn thành quá hạn"),
    OPEN_WITHIN_DEADLINE("Đang thực hiện trong hạn"),
    OPEN_OVERDUE("Đang thực hiện quá hạn"),
    CONTINUOUS("Thường xuyên"),
    /** Withdrawn, refused, or not yet assigned on that date: not counted in any column. */
    NOT_COUNTED("Không tính");

    private final String label;

    MatrixColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
