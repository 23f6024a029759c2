package vn.dondoc.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key survives a restart when kept in a folder, readable by its owner only. */
class SigningKeyTest {

    @TempDir
    Path folder;

    @Test
    void isMadeOnceInTheFolderAndReadBackTheSame() throws Exception {
        RSAKey first = SigningKey.in(folder.resolve("identity"));
        RSAKey again = SigningKey.in(folder.resolve("identity"));

        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(again.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.resolve("identity").resolve(SigningKey.FILE)))).isEqualTo("rw-------");
    }

    @Test
    void aFreshKeyIsNewEachTime() {
        assertThat(SigningKey.fresh().getKeyID()).isNotEqualTo(SigningKey.fresh().getKeyID());
    }
}
