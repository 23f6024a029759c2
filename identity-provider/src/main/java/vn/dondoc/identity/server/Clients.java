package vn.dondoc.identity.server;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.dondoc.identity.client.SignIn;

/** The clients that may ask for tokens. */
final class Clients {

    /** The web application: confidential, authorization code with PKCE, refresh tokens. */
    static final String WEB = "dondoc-web";

    /** Command-line tools and tests: public, authorization code with PKCE. */
    static final String CLI = SignIn.CLI_CLIENT;

    /** Where {@value #CLI} is sent back to: a loopback address nobody listens on; the code is read from the redirect. */
    static final String CLI_REDIRECT = SignIn.CLI_REDIRECT.toString();

    private Clients() {
    }

    static List<RegisteredClient> of(IdentityProperties properties, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenLifetime())
                .refreshTokenTimeToLive(properties.refreshTokenLifetime())
                .reuseRefreshTokens(false)
                .build();
        ClientSettings pkceNoConsent = ClientSettings.builder().requireProofKey(true)
                .requireAuthorizationConsent(false).build();
        List<RegisteredClient> clients = new ArrayList<>();
        IdentityProperties.WebClient web = properties.web();
        if (web != null && web.secret() != null && !web.redirectUris().isEmpty()) {
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(WEB)
                    .clientSecret(encoder.encode(web.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(web.redirectUris()))
                    .postLogoutRedirectUris(uris -> uris.addAll(web.postLogoutRedirectUris()))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(pkceNoConsent).tokenSettings(tokens).build());
        }
        if (properties.cliClient()) {
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(CLI)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(CLI_REDIRECT)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(pkceNoConsent).tokenSettings(tokens).build());
        }
        return clients;
    }
}
