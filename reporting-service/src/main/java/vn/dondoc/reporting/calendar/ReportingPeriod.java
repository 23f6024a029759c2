package vn.dondoc.reporting.calendar;

import java.time.LocalDate;

/**
 * One reporting period as Decree 09/2019 (Điều 12) counts it: data from the 15th of the month
 * before the period to the 14th of its last month. A cumulative period starts on 15/12 of the
 * previous year whatever its kind (the "3 tháng, 6 tháng, 9 tháng và năm" regime).
 *
 * @param index 1-based position in the year: month 1–12, quarter 1–4, half 1–2, otherwise 1
 */
public record ReportingPeriod(PeriodType type, int year, int index, boolean cumulative) {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportingPeriod {
        if (type == null) {
            throw new IllegalArgumentException("period type is required");
        }
        if (index < 1 || index > type.perYear()) {
            throw new IllegalArgumentException(
                    type + " index must be 1 to " + type.perYear() + ", was " + index);
        }
    }

    /** The 14th of the period's last month: the data cut-off ("thời gian chốt số liệu"). */
    public LocalDate cutOff() {
        return LocalDate.of(year, lastMonth(), 14);
    }

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

    public boolean covers(LocalDate date) {
        return !date.isBefore(windowStart()) && !date.isAfter(windowEnd());
    }

    /** "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "9 tháng 2026", "Năm 2026". */
    public String label() {
        return switch (type) {
            case MONTH -> "Tháng " + index + "/" + year;
            case QUARTER -> "Quý " + ROMAN[index - 1] + "/" + year;
            case SIX_MONTHS -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng " + year;
            case YEAR -> "Năm " + year;
        };
    }

    /** "2026-M11", "2026-Q4", "2026-H1", "2026-9M", "2026-Y"; "-LK" (lũy kế) when cumulative past the first. */
    public String key() {
        String base = switch (type) {
            case MONTH -> year + "-M" + index;
            case QUARTER -> year + "-Q" + index;
            case SIX_MONTHS -> year + "-H" + index;
            case NINE_MONTHS -> year + "-9M";
            case YEAR -> year + "-Y";
        };
        boolean widened = cumulative && type != PeriodType.NINE_MONTHS && type != PeriodType.YEAR
                && index > 1;
        return widened ? base + "-LK" : base;
    }
}
