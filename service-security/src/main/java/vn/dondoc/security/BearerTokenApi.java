package vn.dondoc.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The filter chain every service uses: stateless, bearer tokens (JWT) only, health and prometheus
 * open, other actuator endpoints for the office, the service's own rules, everything else denied;
 * 401/403 answered by {@link AccessProblems}.
 */
public final class BearerTokenApi {

    private BearerTokenApi() {
    }

    public static SecurityFilterChain secure(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
                    serviceRules) throws Exception {
        AccessProblems problems = new AccessProblems();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                    "/error").permitAll()
                            .requestMatchers("/actuator/**").hasAnyRole("OFFICE", "LEADERSHIP");
                    serviceRules.customize(requests);
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }
}
