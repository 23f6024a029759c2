package vn.dondoc.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;
import vn.dondoc.identity.IdentityProviderApplication;
import vn.dondoc.identity.client.SignInRefused;

/**
 * What {@code ./mint-token.sh} prints is an access token of the identity provider for the example
 * account its arguments name, signed in with the code flow; read back through the provider's
 * discovery document and JWK set as the services read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MintTokenTest {

    private ConfigurableApplicationContext provider;
    private URI issuer;

    @BeforeAll
    void startTheProvider() {
        provider = new SpringApplicationBuilder(IdentityProviderApplication.class)
                .properties("spring.config.name=" + IdentityProviderApplication.CONFIG_NAME)
                .run("--server.port=0", "--identity.issuer=");
        issuer = URI.create("http://localhost:" + ((WebServerApplicationContext) provider).getWebServer().getPort());
    }

    @AfterAll
    void stopTheProvider() {
        provider.close();
    }

    @Test
    void mintsAUnitTokenOfTheUnitsExampleAccount() {
        Jwt unit = decoder().decode(MintToken.mint(issuer, MintToken.EXAMPLE_PASSWORD, "UNIT", "SKHCN.VP"));

        assertThat(unit.getClaimAsStringList("roles")).containsExactly("UNIT");
        assertThat(unit.getClaimAsString("unit")).isEqualTo("SKHCN.VP");
        assertThat(unit.getClaimAsString("department")).isEqualTo("SKHCN");
        assertThat(unit.getClaimAsString("preferred_username")).isEqualTo("vp.skhcn");
        assertThat(unit.getAudience()).contains("dondoc");
        assertThat(unit.getExpiresAt()).isBeforeOrEqualTo(unit.getIssuedAt().plusSeconds(3600));
    }

    @Test
    void mintsTheOfficeOfTheExampleDepartmentOrOfTheNamedOneAndAnyAccountByName() {
        Jwt office = decoder().decode(MintToken.mint(issuer, MintToken.EXAMPLE_PASSWORD, "OFFICE"));
        Jwt sdttg = decoder().decode(MintToken.mint(issuer, MintToken.EXAMPLE_PASSWORD, "vanphong.sdttg"));

        assertThat(office.getClaimAsString("preferred_username")).isEqualTo("vanphong.skhcn");
        assertThat(office.getClaimAsStringList("roles")).containsExactly("OFFICE");
        assertThat(office.hasClaim("unit")).isFalse();
        assertThat(sdttg.getClaimAsString("department")).isEqualTo("SDTTG");
    }

    @Test
    void mapsTheOldArgumentsToExampleAccounts() {
        assertThat(MintToken.account("OFFICE")).isEqualTo("vanphong.skhcn");
        assertThat(MintToken.account("LEADERSHIP")).isEqualTo("lanhdao.skhcn");
        assertThat(MintToken.account("LEADERSHIP", "SDTTG")).isEqualTo("lanhdao.sdttg");
        assertThat(MintToken.account("OFFICE", "nguyen.van.a")).as("an old user name is ignored").isEqualTo("vanphong.skhcn");
        assertThat(MintToken.account("PROVINCE")).isEqualTo("ubnd.tinh");
        assertThat(MintToken.account("UNIT", "SDTTG.CSDT")).isEqualTo("csdt.sdttg");
        assertThat(MintToken.account("UNIT", "SKHCN.VP", "nguyen.van.a")).isEqualTo("vp.skhcn");
    }

    @Test
    void refusesAUnitTokenWithoutAUnitUnknownRolesAndAWrongPassword() {
        assertThatThrownBy(() -> MintToken.account("UNIT")).hasMessageStartingWith("Token UNIT cần mã đơn vị");
        assertThatThrownBy(() -> MintToken.account("UNIT", "VP")).hasMessageStartingWith("Mã đơn vị phải có dạng");
        assertThatThrownBy(() -> MintToken.account("ADMIN")).hasMessageStartingWith("Cách dùng");
        assertThatThrownBy(() -> MintToken.account()).hasMessageStartingWith("Cách dùng");
        assertThatThrownBy(() -> MintToken.mint(issuer, "sai-mat-khau", "OFFICE")).isInstanceOf(SignInRefused.class)
                .hasMessage("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    /** A decoder made from the provider's discovery document, as the services make theirs (patient: busy machines). */
    private JwtDecoder decoder() {
        SimpleClientHttpRequestFactory patient = new SimpleClientHttpRequestFactory();
        patient.setConnectTimeout(Duration.ofSeconds(30));
        patient.setReadTimeout(Duration.ofSeconds(60));
        return NimbusJwtDecoder.withIssuerLocation(issuer.toString()).restOperations(new RestTemplate(patient)).build();
    }
}
