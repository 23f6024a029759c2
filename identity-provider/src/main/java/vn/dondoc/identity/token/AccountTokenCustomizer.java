package vn.dondoc.identity.token;

import java.util.List;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import vn.dondoc.identity.account.AccountBook;

/**
 * Puts the signed-in account's claims into its tokens: the access token gets the claims the
 * services read and the audience {@value AccountClaims#AUDIENCE}; the ID token also the names.
 */
public final class AccountTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountBook book;
    private final AccountClaims claims;

    public AccountTokenCustomizer(AccountBook book) {
        this.book = book;
        this.claims = new AccountClaims(book);
    }

    @Override
    public void customize(JwtEncodingContext context) {
        book.find(context.getPrincipal().getName()).ifPresent(account -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), AccountClaims.AUDIENCE));
                claims.access(account).forEach(context.getClaims()::claim);
            } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                claims.identity(account).forEach(context.getClaims()::claim);
            }
        });
    }
}
