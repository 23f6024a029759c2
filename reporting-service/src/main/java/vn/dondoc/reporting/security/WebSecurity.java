package vn.dondoc.reporting.security;



import static vn.dondoc.security.UnitAccess.ownUnitOr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;


import org.springframework.security.config.annotation.web.builders.HttpSecurity;



import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.BearerTokenApi;


/**
 * Every call but health and metrics needs a bearer token: a unit submits and reads its own
 * reports, figures and obligations; the office, leadership and province read every unit's and the
 * department reports; only the unit submits its report, only the office or leadership the
 * department's.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain reportingApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.POST, "/units/{unitCode}/reports").access(ownUnitOr())
                .requestMatchers(HttpMethod.GET, "/units/counts")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE")
                .requestMatchers(HttpMethod.GET, "/units/{unitCode}/**")
                .access(ownUnitOr("OFFICE", "LEADERSHIP", "PROVINCE"))
                .requestMatchers(HttpMethod.POST, "/departments/{department}/reports")
                .hasAnyRole("OFFICE", "LEADERSHIP")
                .requestMatchers(HttpMethod.GET, "/provincial-plans/{planId}/rollup")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE")
                .requestMatchers(HttpMethod.GET, "/departments/**")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE"));
    }
}
