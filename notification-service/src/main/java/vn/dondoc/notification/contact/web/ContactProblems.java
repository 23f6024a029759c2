package vn.dondoc.notification.contact.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.dondoc.notification.contact.InvalidContactException;

/** RFC 9457 problem details in Vietnamese for refused contacts, with one error per field. */
@RestControllerAdvice
class ContactProblems extends ResponseEntityExceptionHandler {

    private static final URI INVALID_CONTACT = URI.create("https://dondoc.vn/problems/invalid-contact");

    @ExceptionHandler(InvalidContactException.class)
    ProblemDetail invalid(InvalidContactException e) {
        ProblemDetail problem = invalidContact(e.getMessage());
        problem.setProperty("errors", e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidContact(
                "Không đọc được nội dung gửi lên: cần JSON hợp lệ với các giá trị được phép"));
    }

    private static ProblemDetail invalidContact(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_CONTACT);
        problem.setTitle("Thông tin liên hệ không hợp lệ");
        return problem;
    }
}
