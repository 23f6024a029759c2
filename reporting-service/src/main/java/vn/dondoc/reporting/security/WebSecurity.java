package vn.dondoc.reporting.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.BearerTokenApi;
import vn.dondoc.security.Caller.Role;
import vn.dondoc.security.Walls;

/**
 * Every call but health and metrics needs a bearer token: a unit submits and reads its own
 * reports, figures and obligations; the office and leadership read their department's units and
 * department reports and rankings, the province every department's; only the unit submits its report, only the
 * office or leadership the department's. A path of another department or unit is 403. The
 * working-day calendar ({@code /calendar/{year}}) is the same for everyone: every role reads it.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain reportingApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/calendar/{year}")
                .hasAnyRole("OFFICE", "LEADERSHIP", "UNIT", "PROVINCE")
                .requestMatchers(HttpMethod.POST, "/units/{unitCode}/reports").access(Walls.unit(Role.UNIT))
                .requestMatchers(HttpMethod.GET, "/units/counts")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE")
                .requestMatchers(HttpMethod.GET, "/units/{unitCode}/**")
                .access(Walls.unit(Role.OFFICE, Role.LEADERSHIP, Role.UNIT, Role.PROVINCE))
                .requestMatchers(HttpMethod.POST, "/departments/{department}/reports")
                .access(Walls.department(Role.OFFICE, Role.LEADERSHIP))
                .requestMatchers(HttpMethod.GET, "/provincial-plans/{planId}/rollup")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE")
                .requestMatchers(HttpMethod.GET, "/departments/{department}/rankings")
                .access(Walls.department(Role.OFFICE, Role.LEADERSHIP, Role.PROVINCE))
                .requestMatchers(HttpMethod.GET, "/departments/{department}/**")
                .access(Walls.department(Role.OFFICE, Role.LEADERSHIP, Role.PROVINCE)));
    }
}
