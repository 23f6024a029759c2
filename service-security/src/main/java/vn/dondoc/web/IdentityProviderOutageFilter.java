package vn.dondoc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token that could not be checked because the identity provider did not answer (its discovery
 * document or its keys out of reach, {@link TokenKeysAutoConfiguration}) is answered with a 503
 * problem detail in Vietnamese, to be tried again, instead of the servlet container's bare 500.
 * A token that was checked and found wrong stays a 401 (Spring Security answers that itself).
 */
class IdentityProviderOutageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!unchecked(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader("Retry-After", "30");
            ProblemResponse.write(request, response, RequestProblems.identityProviderUnavailable());
        }
    }

    private static boolean unchecked(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationServiceException || cause instanceof JwtDecoderInitializationException) {
                return true;
            }
        }
        return false;
    }
}
