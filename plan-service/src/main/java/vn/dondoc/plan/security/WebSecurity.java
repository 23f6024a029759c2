package vn.dondoc.plan.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.BearerTokenApi;
import vn.dondoc.security.Caller.Role;
import vn.dondoc.security.Walls;

/**
 * Every call but health and metrics needs a bearer token: any role reads its department's plans,
 * drafts and unit directory (the province every department's); only the office and leadership
 * register, import, issue, amend and withdraw plans and manage the directory, of their own
 * department, and the provincial office those of the province scope {@code UBND} (the plans of
 * UBND tỉnh and the province-level directory). Another department's directory path is 403; a plan
 * or draft the caller may not read is answered by the controllers as absent (404), one it may read
 * but not change (the province and a department's plan) 403.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain planApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/departments/{department}/units")
                .access(Walls.department(Role.OFFICE, Role.LEADERSHIP, Role.UNIT, Role.PROVINCE))
                .requestMatchers(HttpMethod.PUT, "/departments/{department}/units", "/departments/{department}/units/*")
                .access(Walls.departmentChange(Role.OFFICE, Role.LEADERSHIP, Role.PROVINCE))
                .requestMatchers(HttpMethod.GET, "/**")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE", "UNIT")
                .requestMatchers(HttpMethod.POST, "/**").hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE")
                .requestMatchers(HttpMethod.PUT, "/**").hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE"));
    }
}
