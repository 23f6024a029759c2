package vn.dondoc.webapp.services;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An RFC 9457 problem detail a service answered with (400, 403, 404, 409, ...), in Vietnamese.
 *
 * @param errors the fields it names, with their messages ({@code errors: [{field, message}]})
 */
public class ServiceProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String detail;
    private final transient List<FieldError> errors;

    public ServiceProblem(int status, String title, String detail, List<FieldError> errors) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title == null ? "Yêu cầu không thực hiện được" : title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Messages by field name, for showing each next to its field. */
    public Map<String, String> byField() {
        return errors.stream().filter(error -> error.field() != null)
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
    }

    public boolean forbidden() {
        return status == 403;
    }

    public boolean notFound() {
        return status == 404;
    }

    /** One field's message. */
    public record FieldError(String field, String message) {
    }
}
