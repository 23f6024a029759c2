package vn.dondoc.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-DonDoc-Signature: sha256=<hex>} where hex is HMAC-SHA256 with the subscriber's secret
 * over {@code timestamp + "." + body}, timestamp being {@code X-DonDoc-Timestamp} (Unix seconds).
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-DonDoc-Timestamp";
    public static final String SIGNATURE_HEADER = "X-DonDoc-Signature";

    private WebhookSignature() {
    }

    public static String of(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
