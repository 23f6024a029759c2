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
 * department. Another department's directory path is 403; a plan or draft of another department
 * is answered by the controllers as absent (404).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain planApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/departments/{department}/units")
                .access(Walls.department(Role.OFFICE, Role.LEADERSHIP, Role.UNIT, Role.PROVINCE))
                .requestMatchers(HttpMethod.PUT, "/departments/{department}/units", "/departments/{department}/units/*")
                .access(Walls.department(Role.OFFICE, Role.LEADERSHIP))
                .requestMatchers(HttpMethod.GET, "/**")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE", "UNIT")
                .requestMatchers(HttpMethod.POST, "/**").hasAnyRole("OFFICE", "LEADERSHIP")
                .requestMatchers(HttpMethod.PUT, "/**").hasAnyRole("OFFICE", "LEADERSHIP"));
    }
}
