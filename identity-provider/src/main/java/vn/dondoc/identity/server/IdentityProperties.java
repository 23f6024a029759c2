package vn.dondoc.identity.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the provider ({@code identity.*}).
 *
 * @param issuer               the {@code iss} of its tokens; blank: the URL it is called at (tests on random ports)
 * @param keyFolder            where the signing key is kept; blank: a fresh key at each start
 * @param accessTokenLifetime  at most one hour
 * @param refreshTokenLifetime of the web application's sessions
 * @param web                  the web application's client ({@code dondoc-web})
 * @param cliClient            whether {@code dondoc-cli} (public, PKCE; ./mint-token.sh and tests sign in with it) exists
 */
@ConfigurationProperties("identity")
public record IdentityProperties(String issuer, String keyFolder, Duration accessTokenLifetime,
        Duration refreshTokenLifetime, WebClient web, boolean cliClient) {

    public IdentityProperties {
        if (accessTokenLifetime == null) {
            accessTokenLifetime = Duration.ofHours(1);
        }
        if (accessTokenLifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("identity.access-token-lifetime must be at most 1 h");
        }
        if (refreshTokenLifetime == null) {
            refreshTokenLifetime = Duration.ofHours(8);
        }
    }

    /** The folder of the signing key; null: none, a fresh key each start. */
    public Path keyFolderPath() {
        return keyFolder == null || keyFolder.isBlank() ? null : Path.of(keyFolder);
    }

    /**
     * The web application's client: its secret and where it may be sent back to.
     */
    public record WebClient(String secret, List<String> redirectUris, List<String> postLogoutRedirectUris) {

        public WebClient {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        }
    }
}
