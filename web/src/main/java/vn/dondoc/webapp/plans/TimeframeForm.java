package vn.dondoc.webapp.plans;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.webapp.services.Draft;

/** A task's timeframe as the draft page's form holds it (what was typed, kept when refused). */
public record TimeframeForm(String kind, String dueDate, List<String> periods, String text) {

    public TimeframeForm {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    static TimeframeForm of(Draft.Timeframe timeframe) {
        if (timeframe == null) {
            return new TimeframeForm("UNSPECIFIED", "", List.of(), "");
        }
        return new TimeframeForm(timeframe.kind() == null ? "UNSPECIFIED" : timeframe.kind(),
                timeframe.dueDate() == null ? "" : timeframe.dueDate().toString(), timeframe.periods(),
                timeframe.text() == null ? "" : timeframe.text());
    }

    public boolean has(String period) {
        return periods.contains(period);
    }

    /** plan-service's task correction; a date that cannot be read goes into {@code errors} instead. */
    Map<String, Object> body(Map<String, String> errors) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeframeKind", kind == null || kind.isBlank() ? "UNSPECIFIED" : kind);
        body.put("timeframeText", text == null ? "" : text.strip());
        body.put("periods", periods);
        if (dueDate != null && !dueDate.isBlank()) {
            try {
                body.put("dueDate", LocalDate.parse(dueDate.strip()));
            } catch (DateTimeParseException e) {
                errors.put("dueDate", "Ngày hạn không hợp lệ");
            }
        }
        return body;
    }
}
