package vn.dondoc.task.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Every call but health and metrics needs a bearer token; PROVINCE only reads. Which assignment a
 * unit may see or change is decided with the assignment in hand ({@code AssignmentPermissions}).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain taskApi(HttpSecurity http) throws Exception {
        AccessProblems problems = new AccessProblems();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/error").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("OFFICE", "LEADERSHIP")
                        .requestMatchers(HttpMethod.GET, "/units/{unitCode}/assignments")
                        .access(ownUnitOr("OFFICE", "LEADERSHIP", "PROVINCE"))
                        .requestMatchers(HttpMethod.GET, "/**")
                        .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE", "UNIT")
                        .requestMatchers(HttpMethod.POST, "/plans/*/tasks/*/designation",
                                "/plans/*/tasks/*/occurrences")
                        .hasAnyRole("OFFICE", "LEADERSHIP")
                        .requestMatchers(HttpMethod.POST, "/assignments/*/**")
                        .hasAnyRole("OFFICE", "LEADERSHIP", "UNIT")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /** Allowed to the unit named in the path, and to the given roles. */
    static AuthorizationManager<RequestAuthorizationContext> ownUnitOr(String... roles) {
        Set<String> allowed = Set.of(roles);
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication who = authentication.get();
            if (who == null || !who.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            boolean privileged = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(authority -> allowed.contains(authority.replaceFirst("^ROLE_", "")));
            return new AuthorizationDecision(privileged || isUnit(who, context.getVariables().get("unitCode")));
        };
    }

    private static boolean isUnit(Authentication who, String unitCode) {
        return who instanceof JwtAuthenticationToken token
                && who.getAuthorities().stream().anyMatch(a -> "ROLE_UNIT".equals(a.getAuthority()))
                && unitCode != null && unitCode.equals(token.getToken().getClaimAsString("unit"));
    }
}
