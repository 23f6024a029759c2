package vn.dondoc.web;

import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

/**
 * A service asks the identity provider for its discovery document and its signing keys (when it
 * first checks a token, then when the keys change). Spring Security asks without a time limit:
 * an identity provider that stops answering would hold every request that waits for the keys, for
 * good. Here the questions end after {@code dondoc.token-keys.connect-timeout} and
 * {@code read-timeout}; the request then gets a 503 problem detail ({@link IdentityProviderOutageFilter})
 * and the next one asks again.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(RequestProblems.class)
@EnableConfigurationProperties(TokenKeysAutoConfiguration.Timeouts.class)
public class TokenKeysAutoConfiguration {

    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer tokenKeysTimeouts(Timeouts timeouts) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeouts.connectTimeout());
        requests.setReadTimeout(timeouts.readTimeout());
        RestTemplate identityProvider = new RestTemplate(requests);
        return builder -> builder.restOperations(identityProvider);
    }

    /** Ahead of Spring Security's filters: a token that could not be checked is a 503, not a bare 500. */
    @Bean
    FilterRegistrationBean<IdentityProviderOutageFilter> identityProviderOutageFilter() {
        FilterRegistrationBean<IdentityProviderOutageFilter> registration =
                new FilterRegistrationBean<>(new IdentityProviderOutageFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    /** Settings under {@code dondoc.token-keys}: the limits of one question to the identity provider. */
    @ConfigurationProperties("dondoc.token-keys")
    record Timeouts(@DefaultValue("3s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {
    }
}
