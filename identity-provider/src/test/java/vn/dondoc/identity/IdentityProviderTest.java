package vn.dondoc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.identity.client.SignIn;
import vn.dondoc.identity.client.SignInRefused;
import vn.dondoc.identity.client.Tokens;

/**
 * The provider on a random port, signed in to over HTTP with the authorization code flow and PKCE
 * as the web application and {@code ./mint-token.sh} do; its tokens read back through its own
 * discovery document and JWK set, as the services read them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=identity-provider", "identity.issuer=",
        "identity.web.redirect-uris=http://localhost:18080/login/oauth2/code/dondoc"})
class IdentityProviderTest {

    private static final String PASSWORD = "dondoc-local";

    @LocalServerPort
    int port;

    private static JwtDecoder decoder;

    private URI issuer() {
        return URI.create("http://localhost:" + port);
    }

    @Test
    void publishesADiscoveryDocumentNamingItsEndpointsAndRs256() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                issuer().resolve("/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode discovery = JsonMapper.builder().build().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(discovery.path("issuer").asString()).isEqualTo(issuer().toString());
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(issuer() + "/oauth2/jwks");
        assertThat(discovery.path("authorization_endpoint").asString()).isEqualTo(issuer() + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(issuer() + "/oauth2/token");
        assertThat(discovery.path("id_token_signing_alg_values_supported").toString()).contains("RS256");
    }

    @Test
    void anOfficeSignsInWithTheCodeFlowAndGetsAnAccessTokenForTheServices() {
        Tokens tokens = SignIn.cli(issuer()).as("vanphong.skhcn", PASSWORD);

        Jwt access = decoder().decode(tokens.accessToken());
        assertThat(access.getIssuer().toString()).isEqualTo(issuer().toString());
        assertThat(access.getAudience()).contains("dondoc", SignIn.CLI_CLIENT);
        assertThat(access.getClaimAsString("preferred_username")).isEqualTo("vanphong.skhcn");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("OFFICE");
        assertThat(access.getClaimAsString("department")).isEqualTo("SKHCN");
        assertThat(access.getClaimAsString("province")).isEqualTo("TN");
        assertThat(access.hasClaim("unit")).isFalse();
        assertThat(access.getHeaders()).containsEntry("alg", "RS256");
        assertThat(access.getExpiresAt()).isBeforeOrEqualTo(access.getIssuedAt().plusSeconds(3600));
    }

    @Test
    void aUnitTokenCarriesItsUnitAndTheDepartmentBeforeTheDot() {
        Tokens tokens = SignIn.cli(issuer()).as("vp.skhcn", PASSWORD);

        Jwt access = decoder().decode(tokens.accessToken());
        assertThat(access.getClaimAsStringList("roles")).containsExactly("UNIT");
        assertThat(access.getClaimAsString("unit")).isEqualTo("SKHCN.VP");
        assertThat(access.getClaimAsString("department")).isEqualTo("SKHCN");
    }

    @Test
    void theIdTokenNamesThePersonTheirDepartmentAndProvince() {
        Tokens tokens = SignIn.cli(issuer()).as("csdt.sdttg", PASSWORD);

        Jwt id = decoder().decode(tokens.idToken());
        assertThat(id.getClaimAsString("name")).isEqualTo("Hà Văn Thắng");
        assertThat(id.getClaimAsString("department_name")).isEqualTo("Sở Dân tộc và Tôn giáo");
        assertThat(id.getClaimAsString("province_name")).isEqualTo("Thái Nguyên");
        assertThat(id.getClaimAsString("unit")).isEqualTo("SDTTG.CSDT");
    }

    @Test
    void theUserinfoEndpointNamesThePersonTheirDepartmentAndUnit() throws Exception {
        Tokens tokens = SignIn.cli(issuer()).as("vp.sdttg", PASSWORD);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        issuer().resolve("/userinfo")).header("Authorization", "Bearer " + tokens.accessToken()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode info = JsonMapper.builder().build().readTree(response.body());
        assertThat(info.path("sub").asString()).isEqualTo("vp.sdttg");
        assertThat(info.path("name").asString()).isEqualTo("Ma Thị Thủy");
        assertThat(info.path("unit").asString()).isEqualTo("SDTTG.VP");
        assertThat(info.path("department_name").asString()).isEqualTo("Sở Dân tộc và Tôn giáo");
        assertThat(info.path("province_name").asString()).isEqualTo("Thái Nguyên");
    }

    @Test
    void theProvinceHasAProvinceAndNoDepartment() {
        Jwt access = decoder().decode(SignIn.cli(issuer()).as("ubnd.tinh", PASSWORD).accessToken());

        assertThat(access.getClaimAsStringList("roles")).containsExactly("PROVINCE");
        assertThat(access.getClaimAsString("province")).isEqualTo("TN");
        assertThat(access.hasClaim("department")).isFalse();
    }

    @Test
    void theWebApplicationSignsInAsAConfidentialClientAndGetsARefreshToken() {
        Tokens tokens = SignIn.client(issuer(), "dondoc-web", "dondoc-web-local-secret",
                URI.create("http://localhost:18080/login/oauth2/code/dondoc")).as("lanhdao.sdttg", PASSWORD);

        Jwt access = decoder().decode(tokens.accessToken());
        assertThat(access.getAudience()).containsExactlyInAnyOrder("dondoc-web", "dondoc");
        assertThat(access.getClaimAsString("department")).isEqualTo("SDTTG");
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> SignIn.cli(issuer()).as("vanphong.skhcn", "sai-mat-khau"))
                .isInstanceOf(SignInRefused.class)
                .hasMessage("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void aWrongClientSecretGetsNoToken() {
        assertThatThrownBy(() -> SignIn.client(issuer(), "dondoc-web", "not-the-secret",
                URI.create("http://localhost:18080/login/oauth2/code/dondoc")).as("vanphong.skhcn", PASSWORD))
                .isInstanceOf(SignInRefused.class)
                .hasMessageContaining("HTTP 401");
    }

    @Test
    void theSignInPageIsInVietnameseWithLabelledFieldsAndTheExampleNote() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                issuer().resolve("/login?error")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("JSESSIONID"));
        assertThat(page.body()).contains("<html lang=\"vi\"", "<h1>Đăng nhập</h1>",
                "<label for=\"username\">Tên đăng nhập</label>", "<label for=\"password\">Mật khẩu</label>",
                "Tên đăng nhập hoặc mật khẩu không đúng", "tài khoản VÍ DỤ", "name=\"_csrf\"")
                .doesNotContain("http://", "https://");
    }

    /** A decoder of this provider's tokens, made once from its discovery document as the services make theirs. */
    private JwtDecoder decoder() {
        if (decoder == null) {
            SimpleClientHttpRequestFactory patient = new SimpleClientHttpRequestFactory();
            patient.setConnectTimeout(Duration.ofSeconds(30));
            patient.setReadTimeout(Duration.ofSeconds(60));
            decoder = NimbusJwtDecoder.withIssuerLocation(issuer().toString())
                    .restOperations(new RestTemplate(patient)).build();
        }
        return decoder;
    }

}
