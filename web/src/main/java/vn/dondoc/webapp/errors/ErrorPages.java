package vn.dondoc.webapp.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.dondoc.webapp.security.PageHeader;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.ServiceUnavailableException;
import vn.dondoc.webapp.services.SignInRequiredException;

/**
 * What a person sees when a page cannot be shown: a refusal page (403), a not-found page (404), a
 * Vietnamese message when a service is down; never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final PageHeader header;

    ErrorPages(PageHeader header) {
        this.header = header;
    }

    /** The layout's header on an error page too (model attributes of advices do not reach exception handlers). */
    private void header(Model model, HttpServletRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        try {
            header.addTo(model, user, request);
        } catch (RuntimeException e) {
            LOG.debug("Header without the person: {}", e.getMessage());
        }
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    String unavailable(ServiceUnavailableException e, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        header(model, request);
        LOG.warn("{}: {}", e.getMessage(), e.getCause() == null ? "" : e.getCause().getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("heading", "Dịch vụ " + e.service() + " tạm thời không phản hồi");
        model.addAttribute("message", "Xin thử lại sau ít phút. Nếu lỗi kéo dài, hãy báo cho bộ phận quản trị hệ thống.");
        return "errors/problem";
    }

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem e, Model model, HttpServletRequest request, HttpServletResponse response) {
        header(model, request);
        response.setStatus(e.status() >= 400 ? e.status() : 500);
        if (e.forbidden()) {
            model.addAttribute("heading", "Bạn không có quyền xem hoặc thực hiện việc này");
        } else if (e.notFound()) {
            model.addAttribute("heading", "Không tìm thấy nội dung bạn cần");
        } else {
            model.addAttribute("heading", e.title());
        }
        model.addAttribute("message", e.detail());
        return "errors/problem";
    }

    /** The refresh token was refused: start a new session, which signs in again and comes back here. */
    @ExceptionHandler(SignInRequiredException.class)
    String signInAgain(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String query = request.getQueryString();
        return "redirect:" + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
