package vn.dondoc.plan.draft.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.plan.draft.DraftAlreadyIssuedException;
import vn.dondoc.plan.importing.NotAPlanException;

/** Problem details of the import: not a plan (400), too large (413), already issued (409). */
@RestControllerAdvice(assignableTypes = DraftController.class)
class DraftProblems {

    @ExceptionHandler(NotAPlanException.class)
    ProblemDetail notAPlan(NotAPlanException e) {
        return problem(HttpStatus.BAD_REQUEST, "not-a-plan", "Văn bản không đọc được thành kế hoạch", e.getMessage());
    }

    @ExceptionHandler(DocumentTooLargeException.class)
    ProblemDetail tooLarge(DocumentTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Tệp quá lớn", e.getMessage());
    }

    @ExceptionHandler(DraftAlreadyIssuedException.class)
    ProblemDetail issued(DraftAlreadyIssuedException e) {
        return problem(HttpStatus.CONFLICT, "draft-already-issued", "Dự thảo đã được ban hành", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://dondoc.vn/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
