package vn.dondoc.task.assignment.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import vn.dondoc.task.assignment.AssignmentNotFoundException;
import vn.dondoc.task.assignment.ForbiddenActionException;
import vn.dondoc.task.assignment.IllegalTransitionException;
import vn.dondoc.task.assignment.InvalidCommandException;
import vn.dondoc.task.assignment.PlanTaskConflictException;
import vn.dondoc.task.assignment.PlanTaskNotFoundException;

/** RFC 9457 problem details in Vietnamese for the assignment API. */
@RestControllerAdvice
class AssignmentProblems extends ResponseEntityExceptionHandler {

    private static final URI INVALID = URI.create("https://dondoc.vn/problems/invalid-command");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = invalid("Yêu cầu có " + e.getErrorCount() + " lỗi dữ liệu");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(
                "Không đọc được nội dung gửi lên: cần JSON hợp lệ, ngày theo dạng yyyy-MM-dd"));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "?" : e.getPropertyName();
        String message = "Giá trị «" + e.getValue() + "» của tham số " + field + " không hợp lệ";
        ProblemDetail problem = invalid(message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException e) {
        ProblemDetail problem = invalid(e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegal(IllegalTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://dondoc.vn/problems/illegal-transition"));
        problem.setTitle("Thao tác không hợp lệ ở trạng thái hiện tại");
        problem.setProperty("currentStatus", e.current().name());
        problem.setProperty("currentStatusLabel", e.current().label());
        return problem;
    }

    @ExceptionHandler(ForbiddenActionException.class)
    ProblemDetail forbidden(ForbiddenActionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("https://dondoc.vn/problems/forbidden"));
        problem.setTitle("Không có quyền thực hiện");
        return problem;
    }

    @ExceptionHandler(AssignmentNotFoundException.class)
    ProblemDetail notFound(AssignmentNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Không tìm thấy phân công");
        return problem;
    }

    @ExceptionHandler(PlanTaskNotFoundException.class)
    ProblemDetail planTaskNotFound(PlanTaskNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Không tìm thấy kế hoạch hoặc nhiệm vụ");
        return problem;
    }

    @ExceptionHandler(PlanTaskConflictException.class)
    ProblemDetail planTaskConflict(PlanTaskConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://dondoc.vn/problems/plan-task-conflict"));
        problem.setTitle("Thao tác không hợp lệ với nhiệm vụ này");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrent(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Phân công vừa được cập nhật đồng thời");
        return problem;
    }

    private static ProblemDetail invalid(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID);
        problem.setTitle("Yêu cầu không hợp lệ");
        return problem;
    }
}
