package vn.dondoc.webapp;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/** The client registration without an issuer to ask at start (MockMvc tests have no provider). */
@TestConfiguration
public class TestRegistration {

    @Bean
    ClientRegistrationRepository clientRegistrations() {
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("dondoc")
                .clientId("dondoc-web").clientSecret("secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "profile")
                .authorizationUri("http://idp.test/oauth2/authorize").tokenUri("http://idp.test/oauth2/token")
                .jwkSetUri("http://idp.test/oauth2/jwks").userInfoUri("http://idp.test/userinfo")
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", "http://idp.test/connect/logout"))
                .build());
    }
}
