package vn.dondoc.webapp.services;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The province's time zone: the day a page means by "today", and the local time of a stored instant. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    /** Today in Việt Nam, whatever the zone of the machine the web application runs on. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime localTimeOf(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public static LocalDate dayOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }
}
