package vn.dondoc.reporting.unitfigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.GovernmentOfficeColumn;

/**
 * One role's row of the Government Office matrix. {@code openWithinDeadline} includes
 * {@code dueSoon}, shown separately as a warning. Rates are percentages with one decimal, or
 * {@code null} when nothing is completed or overdue. {@code timeframeToSet} ("Chưa xác định thời
 * hạn") is counted apart, beside the columns: open tasks without a recognised timeframe, flagged for
 * the office; not in the rates. {@code notStarted} ("chưa tiếp nhận") is how many of the open ones
 * (within deadline or overdue) the unit has not taken on yet (no acknowledgement, progress or result),
 * a weight of the evaluation; not a column.
 */
public record RoleFigures(long completedOnTime, long completedLate, long openWithinDeadline, long dueSoon,
        long openOverdue, long maxDaysOverdue, long continuous, long notOccurred, long noDeadline,
        long withdrawn, BigDecimal completionRate, BigDecimal onTimeRate, Long timeframeToSet, Long notStarted) {

    /** A row sent or stored without {@code timeframeToSet} or {@code notStarted} (written before they existed) has none. */
    public RoleFigures {
        timeframeToSet = timeframeToSet == null ? 0L : timeframeToSet;
        notStarted = notStarted == null ? 0L : notStarted;
    }

    /** A row without the count of open tasks not taken on. */
    public RoleFigures(long completedOnTime, long completedLate, long openWithinDeadline, long dueSoon,
            long openOverdue, long maxDaysOverdue, long continuous, long notOccurred, long noDeadline,
            long withdrawn, BigDecimal completionRate, BigDecimal onTimeRate, Long timeframeToSet) {
        this(completedOnTime, completedLate, openWithinDeadline, dueSoon, openOverdue, maxDaysOverdue, continuous,
                notOccurred, noDeadline, withdrawn, completionRate, onTimeRate, timeframeToSet, 0L);
    }

    /** A row without tasks awaiting a timeframe. */
    public RoleFigures(long completedOnTime, long completedLate, long openWithinDeadline, long dueSoon,
            long openOverdue, long maxDaysOverdue, long continuous, long notOccurred, long noDeadline,
            long withdrawn, BigDecimal completionRate, BigDecimal onTimeRate) {
        this(completedOnTime, completedLate, openWithinDeadline, dueSoon, openOverdue, maxDaysOverdue, continuous,
                notOccurred, noDeadline, withdrawn, completionRate, onTimeRate, 0L);
    }

    public static final String COMPLETION_RATE_FORMULA = "Tỷ lệ hoàn thành = (hoàn thành đúng hạn + hoàn thành"
            + " quá hạn) ÷ (hoàn thành đúng hạn + hoàn thành quá hạn + đang thực hiện quá hạn) × 100%";
    public static final String ON_TIME_RATE_FORMULA = "Tỷ lệ đúng hạn = hoàn thành đúng hạn ÷ (hoàn thành"
            + " đúng hạn + hoàn thành quá hạn + đang thực hiện quá hạn) × 100%";

    static RoleFigures count(List<AssignmentFacts> assignments, LocalDate windowStart, LocalDate asOf) {
        long[] columns = new long[GovernmentOfficeColumn.values().length];
        long dueSoon = 0;
        long maxDaysOverdue = 0;
        long notStarted = 0;
        for (AssignmentFacts facts : assignments) {
            GovernmentOfficeColumn column = MatrixCounting.columnOf(facts, windowStart, asOf);
            columns[column.ordinal()]++;
            if ((column == GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE || column == GovernmentOfficeColumn.OPEN_OVERDUE)
                    && facts.progress() == AssignmentStatus.NOT_STARTED) {
                notStarted++;
            }
            if (column == GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE && MatrixCounting.isDueSoon(facts, asOf)) {
                dueSoon++;
            }
            if (column == GovernmentOfficeColumn.OPEN_OVERDUE) {
                maxDaysOverdue = Math.max(maxDaysOverdue, MatrixCounting.daysOverdue(facts, asOf));
            }
        }
        long onTime = columns[GovernmentOfficeColumn.COMPLETED_ON_TIME.ordinal()];
        long late = columns[GovernmentOfficeColumn.COMPLETED_LATE.ordinal()];
        long overdue = columns[GovernmentOfficeColumn.OPEN_OVERDUE.ordinal()];
        long base = onTime + late + overdue;
        return new RoleFigures(onTime, late, columns[GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE.ordinal()], dueSoon,
                overdue, maxDaysOverdue, columns[GovernmentOfficeColumn.CONTINUOUS.ordinal()],
                columns[GovernmentOfficeColumn.NOT_OCCURRED.ordinal()], columns[GovernmentOfficeColumn.NO_DEADLINE.ordinal()],
                columns[GovernmentOfficeColumn.WITHDRAWN.ordinal()], percent(onTime + late, base), percent(onTime, base),
                (Long) columns[GovernmentOfficeColumn.TIMEFRAME_TO_SET.ordinal()], notStarted);
    }

    /** The same row with {@code count} more "không phát sinh" (event-driven tasks without occurrence). */
    RoleFigures plusNotOccurred(long count) {
        return new RoleFigures(completedOnTime, completedLate, openWithinDeadline, dueSoon, openOverdue, maxDaysOverdue,
                continuous, notOccurred + count, noDeadline, withdrawn, completionRate, onTimeRate, timeframeToSet,
                notStarted);
    }

    /** Totals over several rows: counts added, the largest days overdue, rates recomputed from the totals. */
    public static RoleFigures sum(List<RoleFigures> rows) {
        long onTime = rows.stream().mapToLong(RoleFigures::completedOnTime).sum();
        long late = rows.stream().mapToLong(RoleFigures::completedLate).sum();
        long overdue = rows.stream().mapToLong(RoleFigures::openOverdue).sum();
        return new RoleFigures(onTime, late, rows.stream().mapToLong(RoleFigures::openWithinDeadline).sum(),
                rows.stream().mapToLong(RoleFigures::dueSoon).sum(), overdue,
                rows.stream().mapToLong(RoleFigures::maxDaysOverdue).max().orElse(0),
                rows.stream().mapToLong(RoleFigures::continuous).sum(),
                rows.stream().mapToLong(RoleFigures::notOccurred).sum(),
                rows.stream().mapToLong(RoleFigures::noDeadline).sum(),
                rows.stream().mapToLong(RoleFigures::withdrawn).sum(),
                percent(onTime + late, onTime + late + overdue), percent(onTime, onTime + late + overdue),
                rows.stream().mapToLong(RoleFigures::timeframeToSet).sum(),
                rows.stream().mapToLong(RoleFigures::notStarted).sum());
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
