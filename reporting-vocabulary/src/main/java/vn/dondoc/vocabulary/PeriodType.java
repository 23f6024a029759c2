package vn.dondoc.vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of reporting period (Decree 09/2019/NĐ-CP, Điều 12) and how many months of data each covers.
 * Longer kinds come later, so when two periods of a set share a data window the longer kind names it.
 * The names are the ones {@code plan-issued} carries; {@code SIX_MONTHS}, which reporting-service
 * wrote before ADR 0007, is read as {@link #HALF_YEAR}.
 */
public enum PeriodType {
    MONTH(1, 12),
    QUARTER(3, 4),
    HALF_YEAR(6, 2),
    NINE_MONTHS(9, 1),
    YEAR(12, 1);

    private final int months;
    private final int perYear;

    PeriodType(int months, int perYear) {
        this.months = months;
        this.perYear = perYear;
    }

    /** Months of data in one period of this kind. */
    public int months() {
        return months;
    }

    /** How many periods of this kind a year has (nine months: one, 15/12 to 14/09). */
    public int perYear() {
        return perYear;
    }

    /** The type a name stands for, case-insensitive, the legacy {@code SIX_MONTHS} included; empty for any other. */
    public static Optional<PeriodType> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("SIX_MONTHS")) {
            return Optional.of(HALF_YEAR);
        }
        for (PeriodType type : values()) {
            if (type.name().equals(upper)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
