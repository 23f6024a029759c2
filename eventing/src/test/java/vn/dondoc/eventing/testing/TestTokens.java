package vn.dondoc.eventing.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Signed bearer tokens for tests, as the identity provider issues them: RS256 with the test key
 * pair in {@code test-issuer/}, {@code iss} the {@link TestIssuer} (which serves that key's JWK set),
 * {@code aud} {@value #AUDIENCE}. A service under test trusts them through
 * {@code issuer-uri: ${dondoc.test-issuer.uri}} in its test {@code config/<service>.yml}.
 */
public final class TestTokens {

    /** The audience the services require. */
    public static final String AUDIENCE = "dondoc";

    private static final PrivateKey KEY = privateKey();

    private TestTokens() {
    }

    /** The department of the tokens that name none: the example department. */
    public static final String DEPARTMENT = "SKHCN";

    /** The province of every test token. */
    public static final String PROVINCE = "TN";

    /** An office (Văn phòng) clerk's token, of the example department. */
    public static String office() {
        return office(DEPARTMENT);
    }

    /** An office clerk's token of the given department. */
    public static String office(String department) {
        return token("van-thu", "OFFICE", department, null);
    }

    /** A leader's token, of the example department. */
    public static String leadership() {
        return leadership(DEPARTMENT);
    }

    /** A leader's token of the given department. */
    public static String leadership(String department) {
        return token("lanh-dao", "LEADERSHIP", department, null);
    }

    /** The province's read-only token. */
    public static String province() {
        return token("ubnd-tinh", "PROVINCE", null, null);
    }

    /** A token of someone working in the given unit (its department: the code before the dot). */
    public static String unit(String unitCode) {
        return token("chuyen-vien-" + unitCode, "UNIT", unitCode);
    }

    /** {@code Authorization} header value. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /**
     * A token with the given user name, role and unit (null for none); its department is the unit's
     * (the code before the dot), else the example department.
     */
    public static String token(String user, String role, String unitCode) {
        String department = unitCode != null && unitCode.contains(".")
                ? unitCode.substring(0, unitCode.indexOf('.')) : DEPARTMENT;
        return token(user, role, "PROVINCE".equals(role) ? null : department, unitCode);
    }

    /**
     * A token as the identity provider issues it: user name, role, department (null for the
     * province) and unit (null for none); every token carries the province.
     */
    public static String token(String user, String role, String department, String unitCode) {
        return token(user, role, department, unitCode, PROVINCE);
    }

    /** A token as {@link #token(String, String, String, String)}, of the given province. */
    public static String token(String user, String role, String department, String unitCode, String province) {
        return sign(claims(user, role, department, unitCode, province).build());
    }

    /** An office token of the example department, right in all but its audience. */
    public static String officeForAudience(String audience) {
        return sign(claims("van-thu", "OFFICE", DEPARTMENT, null, PROVINCE).audience(audience).build());
    }

    /** An office token of the example department, right in all but its issuer. */
    public static String officeFromIssuer(String issuer) {
        return sign(claims("van-thu", "OFFICE", DEPARTMENT, null, PROVINCE).issuer(issuer).build());
    }

    /** An office token of the example department signed with HMAC (HS256) instead of the issuer's RSA key. */
    public static String officeSignedWithHs256() {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                claims("van-thu", "OFFICE", DEPARTMENT, null, PROVINCE).build());
        try {
            jwt.sign(new MACSigner("a shared secret of at least 256 bits, never the issuer's".getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder claims(String user, String role, String department, String unitCode,
            String province) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(TestIssuer.uri()).audience(AUDIENCE)
                .subject(user).claim("preferred_username", user).claim("roles", List.of(role))
                .claim("province", province)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        if (department != null) {
            claims.claim("department", department);
        }
        if (unitCode != null) {
            claims.claim("unit", unitCode);
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestIssuer.KEY_ID).build(), claims);
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static PrivateKey privateKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-issuer/private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
