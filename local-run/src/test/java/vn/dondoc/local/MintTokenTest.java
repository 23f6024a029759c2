package vn.dondoc.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What {@code ./mint-token.sh} prints is a token the services accept: signed by the key pair made
 * once in the folder, read back the way Boot reads {@code public-key-location}. (The end-to-end
 * scenarios send such tokens to the four running services.)
 */
class MintTokenTest {

    @TempDir
    Path folder;

    @Test
    void mintsAUnitTokenThatThePublicKeyOfTheFolderVerifies() throws Exception {
        String token = MintToken.mint(DevelopmentIssuer.in(folder), "UNIT", "SKHCN.VP", "nguyen.van.a");
        String again = MintToken.mint(DevelopmentIssuer.in(folder), "OFFICE");

        Jwt unit = decoder().decode(token);
        Jwt office = decoder().decode(again);

        assertThat(unit.getClaimAsStringList("roles")).containsExactly("UNIT");
        assertThat(unit.getClaimAsString("unit")).isEqualTo("SKHCN.VP");
        assertThat(unit.getClaimAsString("preferred_username")).isEqualTo("nguyen.van.a");
        assertThat(unit.getExpiresAt()).isAfter(unit.getIssuedAt().plusSeconds(11 * 3600));
        assertThat(office.getClaimAsStringList("roles")).containsExactly("OFFICE");
        assertThat(office.getClaimAsString("unit")).isNull();
        assertThat(office.getClaimAsString("preferred_username")).isEqualTo("office");
        assertThat(DevelopmentIssuer.in(folder).serviceProperties())
                .containsEntry("spring.security.oauth2.resourceserver.jwt.public-key-location",
                        folder.resolve("public.pem").toUri().toString());
    }

    @Test
    void refusesAUnitTokenWithoutAUnitAndUnknownRoles() {
        DevelopmentIssuer issuer = DevelopmentIssuer.in(folder);

        assertThatThrownBy(() -> MintToken.mint(issuer, "UNIT")).hasMessageStartingWith("Token UNIT cần mã đơn vị");
        assertThatThrownBy(() -> MintToken.mint(issuer, "ADMIN")).hasMessageStartingWith("Cách dùng");
        assertThatThrownBy(() -> MintToken.mint(issuer)).hasMessageStartingWith("Cách dùng");
    }

    private NimbusJwtDecoder decoder() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve("public.pem"))) {
            RSAPublicKey key = RsaKeyConverters.x509().convert(in);
            return NimbusJwtDecoder.withPublicKey(key).build();
        }
    }
}
