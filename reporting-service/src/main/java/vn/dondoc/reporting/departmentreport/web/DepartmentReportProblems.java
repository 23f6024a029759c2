package vn.dondoc.reporting.departmentreport.web;

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
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.dondoc.reporting.departmentreport.DepartmentReportRejected;

/** RFC 9457 problem details in Vietnamese for the department report submission. */
@RestControllerAdvice(assignableTypes = DepartmentReportSubmissionController.class)
class DepartmentReportProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Yêu cầu nộp báo cáo không hợp lệ",
                "Yêu cầu có " + e.getErrorCount() + " lỗi dữ liệu");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Yêu cầu nộp báo cáo không hợp lệ",
                "Không đọc được nội dung gửi lên: cần JSON hợp lệ"));
    }

    @ExceptionHandler(DepartmentReportSubmissionController.UnknownPeriod.class)
    ProblemDetail unknownPeriod(DepartmentReportSubmissionController.UnknownPeriod e) {
        return problem(HttpStatus.BAD_REQUEST, e.title(), e.getMessage());
    }

    @ExceptionHandler(DepartmentReportRejected.class)
    ProblemDetail rejected(DepartmentReportRejected e) {
        return switch (e.reason()) {
            case UNKNOWN_DEPARTMENT -> problem(HttpStatus.NOT_FOUND, "Không tìm thấy sở", e.getMessage());
            case BEFORE_CUT_OFF -> problem(HttpStatus.CONFLICT, "Kỳ báo cáo chưa đến ngày chốt số liệu", e.getMessage());
            case ALREADY_SUBMITTED -> problem(HttpStatus.CONFLICT, "Báo cáo của Sở đã được nộp", e.getMessage());
        };
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
