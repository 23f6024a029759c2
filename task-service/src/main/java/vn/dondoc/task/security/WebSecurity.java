package vn.dondoc.task.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.BearerTokenApi;
import vn.dondoc.security.Caller.Role;
import vn.dondoc.security.Walls;

/**
 * Every call but health and metrics needs a bearer token; PROVINCE only reads. A unit's list of
 * another department (or, for a unit, of another unit) is 403 here; which assignment one may see or
 * change is decided with the assignment in hand ({@code AssignmentPermissions}: another
 * department's is answered as absent, 404).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain taskApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/units/{unitCode}/assignments")
                .access(Walls.unit(Role.OFFICE, Role.LEADERSHIP, Role.UNIT, Role.PROVINCE))
                .requestMatchers(HttpMethod.GET, "/**")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE", "UNIT")
                .requestMatchers(HttpMethod.POST, "/plans/*/tasks/*/designation",
                        "/plans/*/tasks/*/occurrences")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE")
                .requestMatchers(HttpMethod.POST, "/assignments/*/**")
                .hasAnyRole("OFFICE", "LEADERSHIP", "UNIT", "PROVINCE"));
    }
}
