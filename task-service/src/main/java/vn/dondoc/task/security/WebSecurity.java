package vn.dondoc.task.security;



import static vn.dondoc.security.UnitAccess.ownUnitOr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;


import org.springframework.security.config.annotation.web.builders.HttpSecurity;



import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.BearerTokenApi;


/**
 * Every call but health and metrics needs a bearer token; PROVINCE only reads. Which assignment a
 * unit may see or change is decided with the assignment in hand ({@code AssignmentPermissions}).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain taskApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/units/{unitCode}/assignments")
                .access(ownUnitOr("OFFICE", "LEADERSHIP", "PROVINCE"))
                .requestMatchers(HttpMethod.GET, "/**")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE", "UNIT")
                .requestMatchers(HttpMethod.POST, "/plans/*/tasks/*/designation",
                        "/plans/*/tasks/*/occurrences")
                .hasAnyRole("OFFICE", "LEADERSHIP")
                .requestMatchers(HttpMethod.POST, "/assignments/*/**")
                .hasAnyRole("OFFICE", "LEADERSHIP", "UNIT"));
    }
}
