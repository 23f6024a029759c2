package vn.dondoc.task.security;



import static vn.dondoc.security.UnitAccess.ownUnitOr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;


import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;



import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.AccessProblems;


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
}
