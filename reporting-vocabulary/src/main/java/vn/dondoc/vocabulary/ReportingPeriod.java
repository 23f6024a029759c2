package vn.dondoc.vocabulary;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period as Decree 09/2019 (Điều 12) counts it: data from the 15th of the month before
 * the period to the 14th (the cut-off, "chốt số liệu") of its last month. A cumulative period starts on
 * 15/12 of the previous year whatever its kind; {@code cumulative} is kept only where it changes the
 * window (a month, quarter or half past the first), so two periods are equal exactly when they name
 * the same window the same way. Nine months is not in the decree; provinces use 15/12 to 14/09.
 *
 * @param index 1-based position in the year: month 1–12, quarter 1–4, half 1–2, otherwise 1
 */
public record ReportingPeriod(PeriodType type, int year, int index, boolean cumulative) {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Pattern KEY =
            Pattern.compile("(\\d{4})-(?:M(\\d{1,2})|Q(\\d)|H(\\d)|(9M)|(Y))(-LK)?");

    public ReportingPeriod {
        if (type == null) {
            throw new IllegalArgumentException("period type is required");
        }
        if (index < 1 || index > type.perYear()) {
            throw new IllegalArgumentException(
                    type + " index must be 1 to " + type.perYear() + ", was " + index);
        }
        cumulative = cumulative && index > 1 && type.months() < 9;
    }

    /** A period with the decree's own window (not cumulative). */
    public static ReportingPeriod of(PeriodType type, int year, int index) {
        return new ReportingPeriod(type, year, index, false);
    }

    /**
     * The period a key names: {@code 2026-M01} and, as stored before ADR 0007, {@code 2026-M1};
     * {@code 2026-Q4}, {@code 2026-H1}, {@code 2026-9M}, {@code 2026-Y}; a {@code -LK} suffix marks a
     * cumulative one. Case and surrounding blanks do not matter; empty when it names no period.
     */
    public static Optional<ReportingPeriod> parse(String key) {
        Matcher matcher = KEY.matcher(key == null ? "" : key.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        boolean cumulative = matcher.group(7) != null;
        try {
            ReportingPeriod period;
            if (matcher.group(2) != null) {
                period = new ReportingPeriod(PeriodType.MONTH, year, Integer.parseInt(matcher.group(2)), cumulative);
            } else if (matcher.group(3) != null) {
                period = new ReportingPeriod(PeriodType.QUARTER, year, Integer.parseInt(matcher.group(3)), cumulative);
            } else if (matcher.group(4) != null) {
                period = new ReportingPeriod(PeriodType.HALF_YEAR, year, Integer.parseInt(matcher.group(4)),
                        cumulative);
            } else {
                period = of(matcher.group(5) != null ? PeriodType.NINE_MONTHS : PeriodType.YEAR, year, 1);
            }
            return period.cumulative() == cumulative ? Optional.of(period) : Optional.empty();
        } catch (IllegalArgumentException noSuchPeriod) {
            return Optional.empty(); // month 13, quarter 5
        }
    }

    /** The 14th of the period's last month: the data cut-off and the last day of the window. */
    public LocalDate cutOff() {
        return LocalDate.of(year, lastMonth(), 14);
    }

    /** The first day of the data window: the 15th of the month before the period (15/12 when cumulative). */
    public LocalDate windowStart() {
        return cumulative ? LocalDate.of(year - 1, 12, 15)
                : LocalDate.of(year, lastMonth(), 15).minusMonths(type.months());
    }

    /** Same as {@link #cutOff()}: the last day of the data window. */
    public LocalDate windowEnd() {
        return cutOff();
    }

    public int lastMonth() {
        return type == PeriodType.NINE_MONTHS ? 9 : index * type.months();
    }

    /** Whether the day lies inside the data window. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(windowStart()) && !date.isAfter(windowEnd());
    }

    /** Whether both name the same kind, year and position, cumulative or not. */
    public boolean samePlaceAs(ReportingPeriod other) {
        return type == other.type && year == other.year && index == other.index;
    }

    /** "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "9 tháng 2026", "Năm 2026". */
    public String label() {
        return switch (type) {
            case MONTH -> "Tháng " + index + "/" + year;
            case QUARTER -> "Quý " + ROMAN[index - 1] + "/" + year;
            case HALF_YEAR -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng " + year;
            case YEAR -> "Năm " + year;
        };
    }

    /**
     * The one key format: {@code 2026-M01}, {@code 2026-Q4}, {@code 2026-H1}, {@code 2026-9M},
     * {@code 2026-Y}; {@code -LK} (lũy kế) appended when cumulative.
     */
    public String key() {
        String base = year + "-" + switch (type) {
            case MONTH -> "M%02d".formatted(index);
            case QUARTER -> "Q" + index;
            case HALF_YEAR -> "H" + index;
            case NINE_MONTHS -> "9M";
            case YEAR -> "Y";
        };
        return cumulative ? base + "-LK" : base;
    }

    @Override
    public String toString() {
        return key();
    }
}
