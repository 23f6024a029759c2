package vn.dondoc.webapp.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Sign-in by OpenID Connect (authorization code; Spring Security 7 adds PKCE to every
 * authorization-code request), sign-out through the provider's end-session endpoint, CSRF on every
 * form and htmx request. A person who is not signed in is sent to the provider and then back to
 * the page they wanted; an htmx request in that state makes the browser load the page itself.
 */
@Configuration
class SecurityConfiguration {

    /** The OAuth2 client registration of this application (fixed: {@code dondoc}). */
    static final String REGISTRATION = "dondoc";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations,
            SignedInUserService users) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/fonts/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/signed-out", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(users)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HtmxReloadEntryPoint(),
                                new RequestHeaderRequestMatcher("HX-Request", "true"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION),
                                request -> true))
                .logout(out -> out.logoutSuccessHandler(logout).deleteCookies("DONDOC_SESSION"));
        return http.build();
    }

    /** Tokens live in the user's session and go with it. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Gives the services a valid access token of the signed-in user, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository clients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }
}
