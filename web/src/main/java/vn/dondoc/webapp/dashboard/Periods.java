package vn.dondoc.webapp.dashboard;

import java.time.LocalDate;

/** The quarter a day falls in, as reporting-service names it ({@code 2026-Q4}). */
public final class Periods {

    private Periods() {
    }

    /** "Quý IV/2026". */
    public static String labelOf(LocalDate day) {
        return "Quý " + new String[] {"I", "II", "III", "IV"}[(day.getMonthValue() - 1) / 3] + "/" + day.getYear();
    }

    public static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
