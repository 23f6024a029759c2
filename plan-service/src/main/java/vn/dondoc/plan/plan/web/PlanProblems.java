package vn.dondoc.plan.plan.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.plan.plan.InvalidPlanException;
import vn.dondoc.plan.plan.PlanAlreadyRegisteredException;
import vn.dondoc.plan.plan.PlanNotChangeableException;
import vn.dondoc.web.RequestProblems;

/** RFC 9457 problem details in Vietnamese, with field-level reasons for invalid plans. */
@RestControllerAdvice
class PlanProblems extends RequestProblems {

    PlanProblems() {
        super("invalid-plan", "Kế hoạch không hợp lệ", "Kế hoạch",
                "Không đọc được nội dung gửi lên: cần JSON hợp lệ, ngày theo dạng yyyy-MM-dd");
    }

    @ExceptionHandler(InvalidPlanException.class)
    ProblemDetail invalid(InvalidPlanException e) {
        return invalid(e.getMessage());
    }

    @ExceptionHandler(PlanNotChangeableException.class)
    ProblemDetail notChangeable(PlanNotChangeableException e) {
        return problem(HttpStatus.CONFLICT, "plan-not-changeable", "Không thể thay đổi kế hoạch", e.getMessage());
    }

    @ExceptionHandler(PlanAlreadyRegisteredException.class)
    ProblemDetail duplicate(PlanAlreadyRegisteredException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "plan-already-registered", "Kế hoạch đã tồn tại",
                e.getMessage());
        problem.setProperty("number", e.number());
        return problem;
    }
}
