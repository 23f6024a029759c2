package vn.dondoc.notification.contact.web;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.notification.contact.InvalidContactException;
import vn.dondoc.web.RequestProblems;

/** RFC 9457 problem details in Vietnamese for refused contacts, with one error per field. */
@RestControllerAdvice
class ContactProblems extends RequestProblems {

    ContactProblems() {
        super("invalid-contact", "Thông tin liên hệ không hợp lệ", "Thông tin liên hệ",
                "Không đọc được nội dung gửi lên: cần JSON hợp lệ với các giá trị được phép");
    }

    @ExceptionHandler(InvalidContactException.class)
    ProblemDetail invalid(InvalidContactException e) {
        return withErrors(invalid(e.getMessage()),
                e.errors().stream().map(error -> new FieldProblem(error.field(), error.message())).toList());
    }
}
