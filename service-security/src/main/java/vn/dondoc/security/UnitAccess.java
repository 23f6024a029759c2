package vn.dondoc.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** A unit (role UNIT, claim {@code unit}) may act on paths with its own {@code {unitCode}}. */
public final class UnitAccess {

    private UnitAccess() {
    }

    /** Allowed to the unit named in the path, and to the given roles. */
    public static AuthorizationManager<RequestAuthorizationContext> ownUnitOr(String... roles) {
        Set<String> allowed = Set.of(roles);
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication who = authentication.get();
            if (who == null || !who.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            boolean privileged = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(authority -> allowed.contains(authority.replaceFirst("^ROLE_", "")));
            return new AuthorizationDecision(privileged || isUnit(who, context.getVariables().get("unitCode")));
        };
    }

    private static boolean isUnit(Authentication who, String unitCode) {
        return who instanceof JwtAuthenticationToken token
                && who.getAuthorities().stream().anyMatch(a -> "ROLE_UNIT".equals(a.getAuthority()))
                && unitCode != null && unitCode.equals(token.getToken().getClaimAsString("unit"));
    }
}
