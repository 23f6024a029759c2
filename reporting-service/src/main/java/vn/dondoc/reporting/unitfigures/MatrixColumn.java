package vn.dondoc.reporting.unitfigures;

/** The Government Office's columns, and "not counted in this period". */
public enum MatrixColumn {
    COMPLETED_ON_TIME,
    COMPLETED_LATE,
    OPEN_WITHIN_DEADLINE,
    OPEN_OVERDUE,
    CONTINUOUS,
    NOT_OCCURRED,
    NO_DEADLINE,
    WITHDRAWN,
    NOT_COUNTED
}
