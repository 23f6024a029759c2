package vn.dondoc.local;

import java.time.LocalDate;

/**
 * The quarter whose data window (Nghị định 09/2019, Điều 12: the 15th of the month before the
 * quarter to the 14th of its last month) holds a day, as reporting-service keys it ({@code 2026-Q4}).
 */
final class ReportingPeriods {

    private ReportingPeriods() {
    }

    static String holding(LocalDate day) {
        LocalDate month = day.getDayOfMonth() >= 15 ? day.plusMonths(1) : day;
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }
}
