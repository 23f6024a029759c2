package vn.dondoc.eventing.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The issuer the services trust in tests: a tiny OpenID Connect discovery document and the JWK set
 * of the test key pair ({@code test-issuer/public.pem}), served by the JDK's HTTP server on a random
 * loopback port, started once per JVM on first use. {@link TestTokens} signs for it; each service's
 * test {@code config/<service>.yml} names it as {@code issuer-uri: ${dondoc.test-issuer.uri}}, a
 * property {@link TestIssuerEnvironment} gives every application context.
 */
public final class TestIssuer {

    /** The key id of the test key in the JWK set and in the tokens' header. */
    public static final String KEY_ID = "dondoc-test";

    private static String uri;

    private TestIssuer() {
    }

    /** The issuer URI (also the {@code iss} of the test tokens); starts the server the first time. */
    public static synchronized String uri() {
        if (uri == null) {
            uri = start();
        }
        return uri;
    }

    private static String start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            String discovery = JSONObjectUtils.toJSONString(Map.of(
                    "issuer", issuer,
                    "jwks_uri", issuer + "/jwks",
                    "authorization_endpoint", issuer + "/authorize",
                    "token_endpoint", issuer + "/token",
                    "response_types_supported", List.of("code"),
                    "subject_types_supported", List.of("public"),
                    "id_token_signing_alg_values_supported", List.of("RS256")));
            String jwks = JSONObjectUtils.toJSONString(new JWKSet(new RSAKey.Builder(publicKey())
                    .keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).build()).toJSONObject(true));
            server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, discovery));
            server.createContext("/jwks", exchange -> answer(exchange, jwks));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static RSAPublicKey publicKey() {
        try (InputStream in = TestIssuer.class.getResourceAsStream("/test-issuer/public.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
