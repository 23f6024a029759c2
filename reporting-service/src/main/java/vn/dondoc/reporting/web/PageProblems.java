package vn.dondoc.reporting.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.web.InvalidPageException;
import vn.dondoc.web.RequestProblems;

/**
 * A page outside the list endpoints' bounds ({@code size} over 500, {@code page} below 0) is a 400
 * problem detail on every endpoint of the service, also those no scoped advice covers. It handles
 * that exception alone, so the scoped advices keep everything else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(InvalidPageException.class)
    ResponseEntity<ProblemDetail> invalidPage(InvalidPageException e) {
        return ResponseEntity.badRequest().body(RequestProblems.withErrors(
                RequestProblems.problem(HttpStatus.BAD_REQUEST, "invalid-page", "Trang danh sách không hợp lệ",
                        e.getMessage()),
                List.of(new RequestProblems.FieldProblem(e.parameter(), e.getMessage()))));
    }
}
