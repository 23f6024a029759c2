package vn.dondoc.task.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.dondoc.task.access.Actor;

/**
 * The actor a bearer token names: {@code preferred_username} (else {@code sub}), the roles of the
 * {@code roles} claim that Đôn Đốc knows, the {@code unit} and {@code department} claims.
 */
final class TokenActor {

    private TokenActor() {
    }

    static Actor of(Jwt token) {
        String name = token.getClaimAsString("preferred_username");
        Set<Actor.Role> roles = EnumSet.noneOf(Actor.Role.class);
        List<String> claimed = token.getClaimAsStringList("roles");
        for (String role : claimed == null ? List.<String>of() : claimed) {
            for (Actor.Role known : Actor.Role.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        }
        return new Actor(name == null || name.isBlank() ? token.getSubject() : name, roles,
                token.getClaimAsString("unit"), token.getClaimAsString("department"));
    }
}
