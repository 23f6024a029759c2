package vn.dondoc.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The identity server of the embedded local run: an RSA key pair made once in a folder
 * ({@code data/dev-issuer/}: {@code private.pem}, {@code public.pem}). The services trust the public
 * key ({@link #serviceProperties()}); {@link #mint} signs tokens with the private key, with the
 * claims Keycloak is configured to give: {@code preferred_username}, {@code roles}, {@code unit}.
 * Security stays on: only the holder of the private key can make a token.
 */
public final class DevelopmentIssuer {

    /** The {@code iss} of every development token. */
    public static final String ISSUER = "dondoc-dev-issuer";

    private final Path publicKey;
    private final PrivateKey privateKey;

    private DevelopmentIssuer(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** The issuer whose keys are in the folder; makes them the first time. */
    public static DevelopmentIssuer in(Path folder) {
        try {
            Path privatePem = folder.resolve("private.pem");
            Path publicPem = folder.resolve("public.pem");
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                create(folder, privatePem, publicPem);
            }
            String pem = Files.readString(privatePem, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return new DevelopmentIssuer(publicPem.toAbsolutePath(), key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Không đọc được khóa của development issuer trong " + folder, e);
        }
    }

    /** What each service needs to trust this issuer's tokens. */
    public Map<String, String> serviceProperties() {
        return Map.of("spring.security.oauth2.resourceserver.jwt.public-key-location",
                publicKey.toUri().toString());
    }

    /**
     * A signed token.
     *
     * @param role     OFFICE, LEADERSHIP, UNIT or PROVINCE
     * @param unitCode the unit of a UNIT token; null for the others (their department: SKHCN;
     *                 a unit's: the code before the dot; every token of the province TN)
     * @param user     {@code preferred_username}, shown as the actor in histories
     */
    public String mint(String role, String unitCode, String user, Duration validity) {
        String department = "PROVINCE".equals(role) ? null : unitCode != null && unitCode.contains(".")
                ? unitCode.substring(0, unitCode.indexOf('.')) : "SKHCN";
        return mint(role, department, unitCode, user, validity);
    }

    /** A signed token of the given department ({@code null} for the province's). */
    public String mint(String role, String department, String unitCode, String user, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(user)
                .claim("preferred_username", user).claim("roles", List.of(role)).claim("province", "TN")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(validity)));
        if (unitCode != null) {
            claims.claim("unit", unitCode);
        }
        if (department != null) {
            claims.claim("department", department);
        }
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            token.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    private static void create(Path folder, Path privatePem, Path publicPem)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(folder);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path tmpPrivate = Files.createTempFile(folder, "private", ".tmp");
        Path tmpPublic = Files.createTempFile(folder, "public", ".tmp");
        Files.writeString(tmpPrivate, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(tmpPublic, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        try {
            Files.move(tmpPrivate, privatePem);
            Files.move(tmpPublic, publicPem);
        } catch (FileAlreadyExistsException someoneElseWasFaster) {
            Files.deleteIfExists(tmpPrivate);
            Files.deleteIfExists(tmpPublic);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
