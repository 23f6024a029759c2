package vn.dondoc.plan.directory.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A unit or roster file that breaks a rule of the directory: 400 with the reason in Vietnamese. */
@RestControllerAdvice(assignableTypes = UnitController.class)
class DirectoryProblems {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("https://dondoc.vn/problems/invalid-unit"));
        problem.setTitle("Danh mục đơn vị không hợp lệ");
        return problem;
    }
}
