package vn.dondoc.plan.draft.web;

import static vn.dondoc.web.RequestProblems.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.plan.draft.DraftAlreadyIssuedException;
import vn.dondoc.plan.importing.NotAPlanException;
import vn.dondoc.plan.importing.OversizedDocumentException;
import vn.dondoc.web.RequestProblems;

/** Problem details of the drafts: not a plan (400), a header that does not fit (400), too large or a zip bomb (413), already issued (409). */
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

    @ExceptionHandler(OversizedDocumentException.class)
    ProblemDetail expandsTooFar(OversizedDocumentException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Tệp quá lớn", e.getMessage());
    }

    @ExceptionHandler(InvalidCorrectionException.class)
    ProblemDetail invalidCorrection(InvalidCorrectionException e) {
        return RequestProblems.withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-plan", "Kế hoạch không hợp lệ",
                e.getMessage()), e.errors());
    }

    @ExceptionHandler(DraftAlreadyIssuedException.class)
    ProblemDetail issued(DraftAlreadyIssuedException e) {
        return problem(HttpStatus.CONFLICT, "draft-already-issued", "Dự thảo đã được ban hành", e.getMessage());
    }
}
