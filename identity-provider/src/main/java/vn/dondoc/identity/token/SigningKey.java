package vn.dondoc.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key that signs the tokens (RS256). Kept in a folder ({@code signing-key.jwk}, readable by
 * its owner only) so tokens stay valid across a restart, or made fresh for each start.
 */
public final class SigningKey {

    static final String FILE = "signing-key.jwk";

    private SigningKey() {
    }

    /** A new key, kept nowhere. */
    public static RSAKey fresh() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key kept in the folder; made and written there the first time. */
    public static RSAKey in(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                write(folder, file, fresh());
            }
            return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Khóa ký không đọc được: " + file + " (xóa tệp để tạo khóa mới)", e);
        }
    }

    private static void write(Path folder, Path file, RSAKey key) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "signing-key", ".tmp");
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply
        }
        Files.writeString(partial, key.toJSONString(), StandardCharsets.UTF_8);
        try {
            Files.move(partial, file);
        } catch (FileAlreadyExistsException anotherStartWasFaster) {
            Files.deleteIfExists(partial);
        }
    }
}
