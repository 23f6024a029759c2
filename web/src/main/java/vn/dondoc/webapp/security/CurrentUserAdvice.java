package vn.dondoc.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person (and a unit's unread count) into every page's model for the header. */
@ControllerAdvice
class CurrentUserAdvice {

    private final PageHeader header;

    CurrentUserAdvice(PageHeader header) {
        this.header = header;
    }

    @ModelAttribute
    void header(Authentication authentication, HttpServletRequest request, Model model) {
        header.addTo(model, authentication, request);
    }
}
