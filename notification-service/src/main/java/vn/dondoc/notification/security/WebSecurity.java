package vn.dondoc.notification.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.BearerTokenApi;
import vn.dondoc.security.Caller.Role;
import vn.dondoc.security.Walls;

/**
 * Every call but health and metrics needs a bearer token: a unit reads its own inbox and contact
 * and marks its messages read; the office manages its department's contacts and retries its
 * deliveries; leadership reads its department's, the province every department's inboxes and
 * contacts. A path of another department's unit (or, for a unit, of another unit) is 403.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain notificationApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.POST, "/units/{unitCode}/notifications/**")
                .access(Walls.unit(Role.UNIT))
                .requestMatchers(HttpMethod.GET, "/units/{unitCode}/**")
                .access(Walls.unit(Role.OFFICE, Role.LEADERSHIP, Role.UNIT, Role.PROVINCE))
                .requestMatchers(HttpMethod.PUT, "/units/{unitCode}/contact").access(Walls.unit(Role.OFFICE))
                .requestMatchers(HttpMethod.GET, "/contacts", "/deliveries", "/deliveries/**")
                .hasAnyRole("OFFICE", "LEADERSHIP")
                .requestMatchers(HttpMethod.POST, "/deliveries/*/retry").hasRole("OFFICE"));
    }
}
