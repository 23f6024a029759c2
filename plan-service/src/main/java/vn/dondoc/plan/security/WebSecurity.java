package vn.dondoc.plan.security;



import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;


import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;



import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.AccessProblems;


/**
 * Every call but health and metrics needs a bearer token: any role reads plans, drafts and the
 * unit directory; only the office and leadership register, import, issue, amend and withdraw plans
 * and manage the directory.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain planApi(HttpSecurity http) throws Exception {
        AccessProblems problems = new AccessProblems();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/error").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("OFFICE", "LEADERSHIP")
                        .requestMatchers(HttpMethod.GET, "/**")
                        .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE", "UNIT")
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole("OFFICE", "LEADERSHIP")
                        .requestMatchers(HttpMethod.PUT, "/**").hasAnyRole("OFFICE", "LEADERSHIP")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }
}
