package vn.dondoc.identity.client;

/** What the token endpoint answered: the access token (for the services), the ID token, the refresh token (or null). */
public record Tokens(String accessToken, String idToken, String refreshToken, long expiresInSeconds) {
}
