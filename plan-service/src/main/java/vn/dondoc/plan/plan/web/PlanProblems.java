package vn.dondoc.plan.plan.web;

import java.net.URI;
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
import vn.dondoc.plan.plan.InvalidPlanException;
import vn.dondoc.plan.plan.PlanAlreadyRegisteredException;
import vn.dondoc.plan.plan.PlanNotChangeableException;

/** RFC 9457 problem details in Vietnamese, with field-level reasons for invalid plans. */
@RestControllerAdvice
class PlanProblems extends ResponseEntityExceptionHandler {

    private static final URI INVALID_PLAN = URI.create("https://dondoc.vn/problems/invalid-plan");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = invalidPlan("Kế hoạch có " + e.getErrorCount() + " lỗi dữ liệu");
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
        return ResponseEntity.badRequest().body(invalidPlan(
                "Không đọc được nội dung gửi lên: cần JSON hợp lệ, ngày theo dạng yyyy-MM-dd"));
    }

    @ExceptionHandler(InvalidPlanException.class)
    ProblemDetail invalid(InvalidPlanException e) {
        return invalidPlan(e.getMessage());
    }

    @ExceptionHandler(PlanNotChangeableException.class)
    ProblemDetail notChangeable(PlanNotChangeableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://dondoc.vn/problems/plan-not-changeable"));
        problem.setTitle("Không thể thay đổi kế hoạch");
        return problem;
    }

    @ExceptionHandler(PlanAlreadyRegisteredException.class)
    ProblemDetail duplicate(PlanAlreadyRegisteredException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://dondoc.vn/problems/plan-already-registered"));
        problem.setTitle("Kế hoạch đã tồn tại");
        problem.setProperty("number", e.number());
        return problem;
    }

    private static ProblemDetail invalidPlan(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_PLAN);
        problem.setTitle("Kế hoạch không hợp lệ");
        return problem;
    }
}
