package vn.dondoc.notification.security;



import static vn.dondoc.security.UnitAccess.ownUnitOr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;


import org.springframework.security.config.annotation.web.builders.HttpSecurity;



import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.BearerTokenApi;


/**
 * Every call but health and metrics needs a bearer token: a unit reads its own inbox and contact
 * and marks its messages read; the office manages contacts and retries deliveries; leadership and
 * the province read.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain notificationApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.POST, "/units/{unitCode}/notifications/**")
                .access(ownUnitOr())
                .requestMatchers(HttpMethod.GET, "/units/{unitCode}/**")
                .access(ownUnitOr("OFFICE", "LEADERSHIP", "PROVINCE"))
                .requestMatchers(HttpMethod.PUT, "/units/{unitCode}/contact").hasRole("OFFICE")
                .requestMatchers(HttpMethod.GET, "/contacts", "/deliveries", "/deliveries/**")
                .hasAnyRole("OFFICE", "LEADERSHIP")
                .requestMatchers(HttpMethod.POST, "/deliveries/*/retry").hasRole("OFFICE"));
    }
}
