package vn.dondoc.webapp;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import vn.dondoc.webapp.security.SignedInUser;

/** Signed-in people for MockMvc tests, with the claims the identity provider gives. */
public final class TestUsers {

    private TestUsers() {
    }

    public static OidcLoginRequestPostProcessor office() {
        return login("vanphong.skhcn", "Nguyễn Thị Văn Phòng", "OFFICE", "SKHCN", null);
    }

    public static OidcLoginRequestPostProcessor leadership() {
        return login("lanhdao.skhcn", "Trần Văn Lãnh Đạo", "LEADERSHIP", "SKHCN", null);
    }

    public static OidcLoginRequestPostProcessor unit(String unit) {
        return login(unit.substring(unit.indexOf('.') + 1).toLowerCase() + ".skhcn", "Lê Văn Đơn Vị", "UNIT",
                unit.substring(0, unit.indexOf('.')), unit);
    }

    public static OidcLoginRequestPostProcessor province() {
        return login("ubnd.tinh", "Phạm Thị Tỉnh", "PROVINCE", null, null);
    }

    static OidcLoginRequestPostProcessor login(String username, String name, String role, String department,
            String unit) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", username);
        claims.put("preferred_username", username);
        claims.put("name", name);
        claims.put("roles", List.of(role));
        claims.put("province", "TN");
        claims.put("province_name", "Thái Nguyên");
        if (department != null) {
            claims.put("department", department);
            claims.put("department_name", "SKHCN".equals(department) ? "Sở Khoa học và Công nghệ" : department);
        }
        if (unit != null) {
            claims.put("unit", unit);
        }
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(3600), claims);
        return oidcLogin().oidcUser(new SignedInUser(token, null, SignedInUser.Profile.of(claims)));
    }
}
