package vn.dondoc.task.assignment;

import vn.dondoc.web.RequestLimits;

/**
 * An assignment's history is its record and the source of its status on any past day, so no line
 * is ever dropped: once it holds {@value #MAX_LINES} lines a person's command (a note, a progress
 * report, a reminder, …) is refused (409) instead. The system's own lines (plan amended or
 * withdrawn, deadline alerts) are still written: they come once per amendment or deadline. With
 * texts of at most {@link RequestLimits#NOTE} characters the document stays far below MongoDB's
 * 16 MB even with as many events pending.
 */
final class HistoryLimit {

    /** The most lines people can add to one assignment's history. */
    static final int MAX_LINES = RequestLimits.HISTORY;

    private HistoryLimit() {
    }

    static void requireRoom(Assignment assignment) {
        if (assignment.history().size() >= MAX_LINES) {
            throw new IllegalTransitionException("ghi thêm vào nhật ký", assignment,
                    "nhật ký của phân công đã đủ " + MAX_LINES + " dòng");
        }
    }
}
