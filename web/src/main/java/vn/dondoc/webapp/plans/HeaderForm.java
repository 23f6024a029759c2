package vn.dondoc.webapp.plans;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import vn.dondoc.webapp.services.Draft;

/**
 * The draft's header as its form holds it: dates as the date inputs send them (yyyy-MM-dd), the
 * plans of UBND tỉnh it implements one per row (the form adds an empty row for one more).
 */
public record HeaderForm(String number, String issuedOn, String title, String coverageStart, String coverageEnd,
        List<ParentRow> parents, String signer, String signingAuthority, String reportingText,
        List<String> reportingPeriods) {

    /** A plan the draft implements: "22/KH-UBND", 2025-08-05. */
    public record ParentRow(String number, String date) {
    }

    public HeaderForm {
        parents = parents == null ? List.of() : List.copyOf(parents);
        reportingPeriods = reportingPeriods == null ? List.of() : List.copyOf(reportingPeriods);
    }

    static HeaderForm of(Draft.Header header) {
        if (header == null) {
            return new HeaderForm("", "", "", "", "", List.of(), "", "", "", List.of());
        }
        return new HeaderForm(text(header.number()),
                header.issueDate() != null && "DAY".equals(header.issueDate().precision())
                        ? header.issueDate().date().toString() : "",
                text(header.title()), date(header.coverageStart()), date(header.coverageEnd()),
                header.parentReferences() == null ? List.of() : header.parentReferences().stream()
                        .map(parent -> new ParentRow(parent.number(), date(parent.date()))).toList(),
                text(header.signer()), text(header.signingAuthority()),
                header.reportingRequirement() == null ? "" : text(header.reportingRequirement().text()),
                header.reportingRequirement() == null ? List.of() : header.reportingRequirement().periods());
    }

    /** What the person typed; parent rows left empty are dropped. */
    static HeaderForm typed(MultiValueMap<String, String> form) {
        List<String> numbers = form.getOrDefault("parentNumber", List.of());
        List<String> dates = form.getOrDefault("parentDate", List.of());
        List<ParentRow> parents = new ArrayList<>();
        for (int i = 0; i < Math.max(numbers.size(), dates.size()); i++) {
            String number = i < numbers.size() ? numbers.get(i).strip() : "";
            String date = i < dates.size() ? dates.get(i).strip() : "";
            if (!number.isEmpty() || !date.isEmpty()) {
                parents.add(new ParentRow(number, date));
            }
        }
        return new HeaderForm(one(form, "number"), one(form, "issuedOn"), one(form, "title"),
                one(form, "coverageStart"), one(form, "coverageEnd"), parents, one(form, "signer"),
                one(form, "signingAuthority"), one(form, "reportingText"),
                form.getOrDefault("reportingPeriods", List.of()));
    }

    /** The rows the form shows: each parent, then an empty one. */
    public List<ParentRow> rows() {
        List<ParentRow> rows = new ArrayList<>(parents);
        rows.add(new ParentRow("", ""));
        return rows;
    }

    public boolean reports(String period) {
        return reportingPeriods.contains(period);
    }

    /**
     * plan-service's header correction: every field is sent (an empty date keeps the stored one);
     * a date that cannot be read goes into {@code errors} under its field instead.
     */
    Map<String, Object> body(Map<String, String> errors) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("title", title);
        body.put("signer", signer);
        body.put("signingAuthority", signingAuthority);
        body.put("reportingText", reportingText);
        body.put("reportingPeriods", reportingPeriods);
        putDate(body, errors, "issuedOn", issuedOn, "Ngày ban hành không hợp lệ");
        putDate(body, errors, "coverageStart", coverageStart, "Ngày bắt đầu không hợp lệ");
        putDate(body, errors, "coverageEnd", coverageEnd, "Ngày kết thúc không hợp lệ");
        List<Map<String, Object>> references = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            Map<String, Object> reference = new HashMap<>();
            reference.put("number", parents.get(i).number());
            putDate(reference, errors, "parentReferences[" + i + "].date", parents.get(i).date(),
                    "Ngày của kế hoạch cấp trên không hợp lệ", "date");
            references.add(reference);
        }
        body.put("parentReferences", references);
        return body;
    }

    private static void putDate(Map<String, Object> body, Map<String, String> errors, String field, String value,
            String message) {
        putDate(body, errors, field, value, message, field);
    }

    private static void putDate(Map<String, Object> body, Map<String, String> errors, String field, String value,
            String message, String key) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            body.put(key, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            errors.put(field, message);
        }
    }

    private static String one(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
