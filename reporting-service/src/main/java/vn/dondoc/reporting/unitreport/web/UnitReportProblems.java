package vn.dondoc.reporting.unitreport.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.reporting.unitreport.UnitReportRejected;
import vn.dondoc.web.RequestProblems;

/** RFC 9457 problem details in Vietnamese for unit report submission. */
@RestControllerAdvice(assignableTypes = UnitReportController.class)
class UnitReportProblems extends RequestProblems {

    UnitReportProblems() {
        super(null, "Báo cáo không hợp lệ", "Báo cáo", "Không đọc được nội dung gửi lên: cần JSON hợp lệ");
    }

    @ExceptionHandler(UnitReportRejected.class)
    ProblemDetail rejected(UnitReportRejected e) {
        return switch (e.reason()) {
            case UNKNOWN_UNIT -> problem(HttpStatus.NOT_FOUND, "Không tìm thấy đơn vị", e.getMessage());
            case BEFORE_CUT_OFF -> problem(HttpStatus.CONFLICT, "Kỳ báo cáo chưa đến ngày chốt số liệu", e.getMessage());
            case ALREADY_SUBMITTED -> problem(HttpStatus.CONFLICT, "Báo cáo đã được nộp", e.getMessage());
            case FIGURES_DIFFER -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "Số liệu không khớp số liệu đã chốt",
                    e.getMessage());
        };
    }
}
