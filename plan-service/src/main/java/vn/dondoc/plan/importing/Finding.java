package vn.dondoc.plan.importing;

/**
 * Something the office should look at before issuing the draft.
 *
 * @param row     the task number it is about ("2.4"), or null for the header
 * @param line    the line of the document it comes from, or 0
 * @param message Vietnamese
 */
public record Finding(Code code, String row, int line, String message) {

    public enum Code {
        UNASSIGNED_TASK,
        UNKNOWN_UNIT,
        NEEDS_DESIGNATION,
        ROW_SHIFTED,
        ROWS_MERGED,
        UNSPECIFIED_TIMEFRAME,
        SUSPICIOUS_PARENT_REFERENCE,
        NO_TASK_TABLE,
        TASKS_FROM_PROSE,
        MISSING_NUMBER,
        IMPRECISE_ISSUE_DATE,
        MISSING_HEADER_FIELD,
        /** A cited plan of UBND tỉnh is not registered (or not in the cited year): the plan is not linked to it. */
        PARENT_NOT_REGISTERED
    }
}
