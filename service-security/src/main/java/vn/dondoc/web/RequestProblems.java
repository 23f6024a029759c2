package vn.dondoc.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * A service's REST advice starts here: a body that is not valid JSON, or fails validation, is a 400
 * problem detail with the advice's Vietnamese title and, for validation, {@code errors[{field,
 * message}]}; a body over its limit ({@link RequestLimits}) is a 413. Subclasses add the handlers of their own exceptions with {@link #problem}.
 */
public abstract class RequestProblems extends ResponseEntityExceptionHandler {

    private static final String TYPES = "https://dondoc.vn/problems/";

    private final String type;
    private final String title;
    private final String subject;
    private final String unreadable;

    /**
     * @param type       the problem type's last segment ({@code invalid-plan}), or {@code null} for none
     * @param title      the title of a request that is not accepted ("Kế hoạch không hợp lệ")
     * @param subject    what has the errors, in "… có 3 lỗi dữ liệu" ("Kế hoạch")
     * @param unreadable the detail for a body that cannot be read
     */
    protected RequestProblems(String type, String title, String subject, String unreadable) {
        this.type = type;
        this.title = title;
        this.subject = subject;
        this.unreadable = unreadable;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(withErrors(invalid(subject + " có " + e.getErrorCount() + " lỗi dữ liệu"),
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
                        .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge.maxBytes()));
            }
        }
        return ResponseEntity.badRequest().body(invalid(unreadable));
    }

    /** A body that passed its limit while it was read ({@link BodyLimitFilter}). */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(e.maxBytes()));
    }

    /** The 413 of a body over {@code maxBytes}. */
    public static ProblemDetail tooLarge(long maxBytes) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Nội dung gửi lên quá lớn",
                BodyTooLargeException.detail(maxBytes));
    }

    /** The identity provider did not answer, so the request's token could not be checked. */
    public static ProblemDetail identityProviderUnavailable() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                "Chưa kiểm tra được mã truy cập",
                "Máy chủ định danh chưa trả lời nên chưa kiểm tra được mã truy cập của yêu cầu. "
                        + "Vui lòng thử lại sau ít phút.");
    }

    /** A page outside the list endpoints' bounds ({@link ListPage}). */
    @ExceptionHandler(InvalidPageException.class)
    ResponseEntity<ProblemDetail> invalidPage(InvalidPageException e) {
        return ResponseEntity.badRequest().body(withErrors(
                problem(HttpStatus.BAD_REQUEST, "invalid-page", "Trang danh sách không hợp lệ", e.getMessage()),
                List.of(new FieldProblem(e.parameter(), e.getMessage()))));
    }

    /** A 400 with this advice's type and title. */
    protected ProblemDetail invalid(String detail) {
        return problem(HttpStatus.BAD_REQUEST, type, title, detail);
    }

    /** A problem without a type. */
    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        return problem(status, null, title, detail);
    }

    /** A problem of type {@code https://dondoc.vn/problems/<type>} (none when type is {@code null}). */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (type != null) {
            problem.setType(URI.create(TYPES + type));
        }
        problem.setTitle(title);
        return problem;
    }

    /** Adds {@code errors[{field, message}]}. */
    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        return problem;
    }

    /** One field's error. */
    public record FieldProblem(String field, String message) {
    }
}
