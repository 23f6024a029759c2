package vn.dondoc.reporting.security;



import static vn.dondoc.security.UnitAccess.ownUnitOr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;


import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;



import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.AccessProblems;


/**
 * Every call but health and metrics needs a bearer token: a unit submits and reads its own
 * reports, figures and obligations; the office, leadership and province read every unit's and the
 * department reports; nobody but the unit writes.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain reportingApi(HttpSecurity http) throws Exception {
        AccessProblems problems = new AccessProblems();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/error").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("OFFICE", "LEADERSHIP")
                        .requestMatchers(HttpMethod.POST, "/units/{unitCode}/reports").access(ownUnitOr())
                        .requestMatchers(HttpMethod.GET, "/units/counts")
                        .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE")
                        .requestMatchers(HttpMethod.GET, "/units/{unitCode}/**")
                        .access(ownUnitOr("OFFICE", "LEADERSHIP", "PROVINCE"))
                        .requestMatchers(HttpMethod.GET, "/departments/**")
                        .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }
}
