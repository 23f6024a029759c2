package vn.dondoc.reporting.calendar.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.reporting.calendar.UnknownPeriodException;
import vn.dondoc.web.RequestProblems;

/** An unknown regime or period on any endpoint: a 400 problem detail in Vietnamese. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

    @ExceptionHandler(UnknownPeriodException.class)
    ProblemDetail unknownPeriod(UnknownPeriodException e) {
        return RequestProblems.problem(HttpStatus.BAD_REQUEST, e.title(), e.getMessage());
    }
}
