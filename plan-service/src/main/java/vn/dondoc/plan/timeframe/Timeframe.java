package vn.dondoc.plan.timeframe;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * A task's timeframe: the raw Vietnamese text as written and what it means.
 *
 * @param dueDate only for {@link TimeframeKind#FIXED_DEADLINE}
 * @param periods only for {@link TimeframeKind#RECURRING}
 */
public record Timeframe(TimeframeKind kind, String text, LocalDate dueDate, List<PeriodType> periods) {

    public Timeframe {
        if (kind == null) {
            throw new IllegalArgumentException("Thiếu loại thời hạn");
        }
        if (kind == TimeframeKind.FIXED_DEADLINE && dueDate == null) {
            throw new IllegalArgumentException("Thời hạn cố định cần ngày");
        }
        text = text == null ? "" : text;
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    public static Timeframe unspecified(String text) {
        return new Timeframe(TimeframeKind.UNSPECIFIED, text, null, List.of());
    }

    public static Timeframe due(LocalDate date, String text) {
        return new Timeframe(TimeframeKind.FIXED_DEADLINE, text, date, List.of());
    }
}
