package vn.dondoc.vocabulary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** "Sắp đến hạn" (domain guide §5): at most {@value #DAYS} days left, the due day itself included. */
public final class DueSoon {

    public static final int DAYS = 3;

    private DueSoon() {
    }

    /** Whether the deadline is due soon on the as-of date: not passed, and at most {@value #DAYS} days away. */
    public static boolean on(LocalDate asOf, LocalDate due) {
        long daysLeft = ChronoUnit.DAYS.between(asOf, due);
        return daysLeft >= 0 && daysLeft <= DAYS;
    }
}
