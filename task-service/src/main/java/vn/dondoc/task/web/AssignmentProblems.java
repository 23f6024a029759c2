package vn.dondoc.task.web;

import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import vn.dondoc.task.access.ForbiddenActionException;
import vn.dondoc.task.assignment.AssignmentNotFoundException;
import vn.dondoc.task.assignment.IllegalTransitionException;
import vn.dondoc.task.assignment.InvalidCommandException;
import vn.dondoc.task.planning.PlanTaskConflictException;
import vn.dondoc.task.planning.PlanTaskNotFoundException;
import vn.dondoc.web.RequestProblems;

/** RFC 9457 problem details in Vietnamese for the assignment API. */
@RestControllerAdvice
class AssignmentProblems extends RequestProblems {

    AssignmentProblems() {
        super("invalid-command", "Yêu cầu không hợp lệ", "Yêu cầu",
                "Không đọc được nội dung gửi lên: cần JSON hợp lệ, ngày theo dạng yyyy-MM-dd");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "?" : e.getPropertyName();
        String message = "Giá trị «" + e.getValue() + "» của tham số " + field + " không hợp lệ";
        return ResponseEntity.badRequest().body(withErrors(invalid(message), List.of(new FieldProblem(field, message))));
    }

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException e) {
        return withErrors(invalid(e.getMessage()), List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegal(IllegalTransitionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "illegal-transition",
                "Thao tác không hợp lệ ở trạng thái hiện tại", e.getMessage());
        problem.setProperty("currentStatus", e.current().name());
        problem.setProperty("currentStatusLabel", e.current().label());
        return problem;
    }

    @ExceptionHandler(ForbiddenActionException.class)
    ProblemDetail forbidden(ForbiddenActionException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền thực hiện", e.getMessage());
    }

    @ExceptionHandler(AssignmentNotFoundException.class)
    ProblemDetail notFound(AssignmentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy phân công", e.getMessage());
    }

    @ExceptionHandler(PlanTaskNotFoundException.class)
    ProblemDetail planTaskNotFound(PlanTaskNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy kế hoạch hoặc nhiệm vụ", e.getMessage());
    }

    @ExceptionHandler(PlanTaskConflictException.class)
    ProblemDetail planTaskConflict(PlanTaskConflictException e) {
        return problem(HttpStatus.CONFLICT, "plan-task-conflict", "Thao tác không hợp lệ với nhiệm vụ này",
                e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrent(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Phân công vừa được cập nhật đồng thời", e.getMessage());
    }
}
