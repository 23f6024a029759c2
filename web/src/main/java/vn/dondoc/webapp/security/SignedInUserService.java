package vn.dondoc.webapp.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the signed-in person: the ID token's and userinfo's claims, completed by the access token's
 * ({@code roles}, {@code department}, {@code unit} are certain to be there). The access token came
 * straight from the provider's token endpoint, so its claims are read, not verified again here; the
 * services verify it on every call.
 */
@Component
class SignedInUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        Map<String, Object> claims = new LinkedHashMap<>(accessTokenClaims(request.getAccessToken().getTokenValue()));
        claims.putAll(user.getClaims());
        return new SignedInUser(user.getIdToken(), user.getUserInfo(), SignedInUser.Profile.of(claims));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> accessTokenClaims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Map.of();
        }
        try {
            return json.readValue(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), Map.class);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }
}
