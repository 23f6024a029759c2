package vn.dondoc.webapp.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The signed-in person with what the pages need to know about them. */
public class SignedInUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final Profile profile;

    public SignedInUser(OidcIdToken idToken, OidcUserInfo userInfo, Profile profile) {
        super(profile.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), idToken,
                userInfo, "preferred_username");
        this.profile = profile;
    }

    public Profile profile() {
        return profile;
    }

    /**
     * Who the person is for the pages.
     *
     * @param department code ({@code SKHCN}); null for the province
     * @param unit       unit code ({@code SKHCN.VP}), only for UNIT accounts
     */
    public record Profile(String username, String name, List<String> roles, String department, String departmentName,
            String unit, String province, String provinceName) implements Serializable {

        public Profile {
            roles = roles == null ? List.of() : List.copyOf(roles);
            unit = roles.contains("UNIT") ? unit : null;
        }

        public static Profile of(Map<String, Object> claims) {
            return new Profile(text(claims, "preferred_username"),
                    text(claims, "name") != null ? text(claims, "name") : text(claims, "preferred_username"),
                    roles(claims.get("roles")), text(claims, "department"), text(claims, "department_name"),
                    text(claims, "unit"), text(claims, "province"), text(claims, "province_name"));
        }

        public boolean isUnit() {
            return roles.contains("UNIT");
        }

        public boolean isOffice() {
            return roles.contains("OFFICE");
        }

        /** Office or leadership: they direct the department's work. */
        public boolean directs() {
            return roles.contains("OFFICE") || roles.contains("LEADERSHIP");
        }

        public boolean isProvince() {
            return roles.contains("PROVINCE");
        }

        /** The role in Vietnamese, for the header. */
        public String roleLabel() {
            if (isOffice()) {
                return "Văn phòng Sở";
            }
            if (roles.contains("LEADERSHIP")) {
                return "Lãnh đạo Sở";
            }
            if (isProvince()) {
                return "Văn phòng UBND tỉnh";
            }
            return isUnit() ? "Đơn vị" : "";
        }

        private static String text(Map<String, Object> claims, String name) {
            Object value = claims.get(name);
            return value == null || value.toString().isBlank() ? null : value.toString();
        }

        private static List<String> roles(Object value) {
            if (value instanceof Collection<?> list) {
                return list.stream().map(Object::toString).toList();
            }
            return value == null ? List.of() : List.of(value.toString().split("[ ,]+"));
        }
    }
}
