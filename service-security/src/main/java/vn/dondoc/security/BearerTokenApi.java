package vn.dondoc.security;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The filter chain every service uses: stateless, bearer tokens (JWT) only, health and prometheus
 * open (health shows its components only to OFFICE and LEADERSHIP: each service's
 * {@code management.endpoint.health.show-details: when-authorized}), other actuator endpoints for the office,
 * the API description open to anyone ({@link #API_DESCRIPTION}: {@code /v3/api-docs} and Swagger UI; it is not
 * secret, and every operation it describes still needs a token), the service's own rules, everything else denied;
 * a token of another province (property {@code dondoc.province}, default {@code TN}) or without
 * its department refused everywhere ({@link DeploymentWall}); 401/403 answered by
 * {@link AccessProblems}.
 */
public final class BearerTokenApi {

    /** springdoc's paths: the OpenAPI description, its Swagger UI configuration, Swagger UI (from the webjar). */
    public static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui.html", "/swagger-ui/**"};

    private BearerTokenApi() {
    }

    public static SecurityFilterChain secure(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
                    serviceRules) throws Exception {
        AccessProblems problems = new AccessProblems();
        String province = http.getSharedObject(ApplicationContext.class).getEnvironment()
                .getProperty("dondoc.province", "TN");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                    "/error").permitAll()
                            .requestMatchers("/actuator/**").hasAnyRole("OFFICE", "LEADERSHIP")
                            .requestMatchers(HttpMethod.GET, API_DESCRIPTION).permitAll();
                    serviceRules.customize(requests);
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new DeploymentWall(province, problems), BearerTokenAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }
}
