package vn.dondoc.webapp.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dondoc.webapp.services.Draft;

/** Timeframe kinds and reporting periods as the pages name them, in Vietnamese ({@code @timeframes} in templates). */
@Component("timeframes")
public class Timeframes {

    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    private static final Map<String, String> PERIODS = new LinkedHashMap<>();

    static {
        KINDS.put("FIXED_DEADLINE", "Có hạn cụ thể");
        KINDS.put("RECURRING", "Định kỳ");
        KINDS.put("CONTINUOUS", "Thường xuyên");
        KINDS.put("EVENT_DRIVEN", "Khi có phát sinh");
        KINDS.put("ANCHORED_EXTERNAL", "Theo lịch, kế hoạch khác");
        KINDS.put("UNSPECIFIED", "Chưa xác định");
        PERIODS.put("MONTH", "Hằng tháng");
        PERIODS.put("QUARTER", "Quý");
        PERIODS.put("HALF_YEAR", "6 tháng");
        PERIODS.put("NINE_MONTHS", "9 tháng");
        PERIODS.put("YEAR", "Năm");
    }

    public Map<String, String> kinds() {
        return KINDS;
    }

    public Map<String, String> periods() {
        return PERIODS;
    }

    public String kind(String code) {
        return code == null ? KINDS.get("UNSPECIFIED") : KINDS.getOrDefault(code, code);
    }

    public String period(String code) {
        return PERIODS.getOrDefault(code, code);
    }

    /** A date input's value (yyyy-MM-dd) as people read it, dd/MM/yyyy, shown beside the input; "" when not a date. */
    public String day(String isoDate) {
        try {
            return isoDate == null || isoDate.isBlank() ? ""
                    : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(java.time.LocalDate.parse(isoDate.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }

    /** The form of a task's timeframe as it is stored. */
    public TimeframeForm formOf(Draft.Task task) {
        return TimeframeForm.of(task.timeframe());
    }
}
