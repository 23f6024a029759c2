package vn.dondoc.reporting.departmentreport.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.reporting.departmentreport.DepartmentReportRejected;
import vn.dondoc.web.RequestProblems;

/** RFC 9457 problem details in Vietnamese for the department report submission. */
@RestControllerAdvice(assignableTypes = DepartmentReportSubmissionController.class)
class DepartmentReportProblems extends RequestProblems {

    DepartmentReportProblems() {
        super(null, "Yêu cầu nộp báo cáo không hợp lệ", "Yêu cầu", "Không đọc được nội dung gửi lên: cần JSON hợp lệ");
    }

    @ExceptionHandler(DepartmentReportRejected.class)
    ProblemDetail rejected(DepartmentReportRejected e) {
        return switch (e.reason()) {
            case UNKNOWN_DEPARTMENT -> problem(HttpStatus.NOT_FOUND, "Không tìm thấy sở", e.getMessage());
            case BEFORE_CUT_OFF -> problem(HttpStatus.CONFLICT, "Kỳ báo cáo chưa đến ngày chốt số liệu", e.getMessage());
            case ALREADY_SUBMITTED -> problem(HttpStatus.CONFLICT, "Báo cáo của Sở đã được nộp", e.getMessage());
        };
    }
}
