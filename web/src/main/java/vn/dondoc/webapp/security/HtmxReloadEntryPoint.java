package vn.dondoc.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An htmx request without a session (it expired): the browser is told to load the current page
 * itself, which starts sign-in and comes back to that page (an XHR cannot follow the provider).
 */
class HtmxReloadEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        String page = request.getHeader("HX-Current-URL");
        response.setHeader("HX-Redirect", page == null || page.isBlank() ? "/" : page);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
