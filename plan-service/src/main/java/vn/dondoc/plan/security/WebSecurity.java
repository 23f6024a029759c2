package vn.dondoc.plan.security;



import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;


import org.springframework.security.config.annotation.web.builders.HttpSecurity;



import org.springframework.security.web.SecurityFilterChain;
import vn.dondoc.security.BearerTokenApi;


/**
 * Every call but health and metrics needs a bearer token: any role reads plans, drafts and the
 * unit directory; only the office and leadership register, import, issue, amend and withdraw plans
 * and manage the directory.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain planApi(HttpSecurity http) throws Exception {
        return BearerTokenApi.secure(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/**")
                .hasAnyRole("OFFICE", "LEADERSHIP", "PROVINCE", "UNIT")
                .requestMatchers(HttpMethod.POST, "/**").hasAnyRole("OFFICE", "LEADERSHIP")
                .requestMatchers(HttpMethod.PUT, "/**").hasAnyRole("OFFICE", "LEADERSHIP"));
    }
}
