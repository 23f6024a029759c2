package vn.dondoc.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What kind of timeframe a task's "Thời gian" cell states (domain guide §3); events carry the name. */
public enum TimeframeKind {
    /** "thường xuyên", "liên tục": no deadline, ongoing over the plan's coverage, never overdue. */
    CONTINUOUS,
    /** "khi có phát sinh": a deadline per occurrence; none in a period is "không phát sinh". */
    EVENT_DRIVEN,
    /** A date, a month, a quarter or a year: one deadline. */
    FIXED_DEADLINE,
    /** "định kỳ hằng quý, năm": one instance per reporting period inside the coverage. */
    RECURRING,
    /** "theo kế hoạch kiểm tra": unknown until linked to that schedule. */
    ANCHORED_EXTERNAL,
    /**
     * Empty or not understood: neither continuous nor "no deadline"; flagged for the office to give a
     * timeframe ("Chưa xác định thời hạn") and counted apart until it does.
     */
    UNSPECIFIED;

    /**
     * Whether the work comes in occurrences the office records ("khi có phát sinh", "theo kế hoạch
     * kiểm tra"): a period without one is "không phát sinh".
     */
    public boolean byOccurrence() {
        return this == EVENT_DRIVEN || this == ANCHORED_EXTERNAL;
    }

    /** Whether a name an event or a document carries is a kind that comes by occurrence. */
    public static boolean byOccurrence(String name) {
        return named(name).map(TimeframeKind::byOccurrence).orElse(false);
    }

    /** The names, as events and documents carry them, of the kinds that come by occurrence (for store queries). */
    public static List<String> namesByOccurrence() {
        return Arrays.stream(values()).filter(TimeframeKind::byOccurrence).map(TimeframeKind::name).toList();
    }

    /** Whether the name an event or a document carries is this kind. */
    public boolean is(String name) {
        return name().equals(name);
    }

    /** The kind of a name; empty for {@code null} or a name that is none. */
    public static Optional<TimeframeKind> named(String name) {
        for (TimeframeKind kind : values()) {
            if (kind.is(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
