package vn.dondoc.plan.timeframe;

/** The kinds of timeframe plans use (domain guide, section 3). */
public enum TimeframeKind {
    /** thường xuyên, liên tục: no deadline, active over the plan's coverage. */
    CONTINUOUS,
    /** khi có phát sinh, khi có yêu cầu: a deadline per occurrence. */
    EVENT_DRIVEN,
    /** năm 2025, quý I/2026, trước ngày 15/12/2025: one date. */
    FIXED_DEADLINE,
    /** định kỳ hằng quý, năm: one instance per reporting period. */
    RECURRING,
    /** theo kế hoạch kiểm tra, theo lịch …: due when that schedule says. */
    ANCHORED_EXTERNAL,
    /** empty or not understood: the office sets it. */
    UNSPECIFIED
}
