package vn.dondoc.webapp.services;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Puts the signed-in user's access token on every call to a service (refreshed when it has expired). */
class UserAccessToken implements ClientHttpRequestInterceptor {

    private final OAuth2AuthorizedClientManager clients;

    UserAccessToken(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            throw new SignInRequiredException();
        }
        OAuth2AuthorizeRequest.Builder authorize = OAuth2AuthorizeRequest.withClientRegistrationId("dondoc").principal(user);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            authorize.attribute(HttpServletRequest.class.getName(), servlet.getRequest());
            if (servlet.getResponse() != null) {
                authorize.attribute(HttpServletResponse.class.getName(), servlet.getResponse());
            }
        }
        OAuth2AuthorizedClient client;
        try {
            client = clients.authorize(authorize.build());
        } catch (OAuth2AuthorizationException e) {
            throw new SignInRequiredException();
        }
        if (client == null) {
            throw new SignInRequiredException();
        }
        request.getHeaders().setBearerAuth(client.getAccessToken().getTokenValue());
        return execution.execute(request, body);
    }
}
