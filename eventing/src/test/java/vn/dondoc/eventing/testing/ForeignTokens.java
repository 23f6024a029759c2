package vn.dondoc.eventing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens a service must refuse although their claims are an office's: for another audience, from
 * another issuer, signed with HS256. {@link #assertRefusedAt} sends each to a service's endpoint.
 */
public final class ForeignTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ForeignTokens() {
    }

    /** Each foreign token by what is wrong with it. */
    public static Map<String, String> all() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("another audience", TestTokens.officeForAudience("another-application"));
        tokens.put("another issuer", TestTokens.officeFromIssuer("http://127.0.0.1:1/another-issuer"));
        tokens.put("HS256", TestTokens.officeSignedWithHs256());
        return tokens;
    }

    /**
     * Every foreign token gets 401 at the endpoint (a GET the office may call), while the office's
     * own token gets past authentication there.
     */
    public static void assertRefusedAt(URI endpoint) throws IOException, InterruptedException {
        assertThat(get(endpoint, TestTokens.office()).statusCode()).as("the office's own token").isNotEqualTo(401);
        for (Map.Entry<String, String> foreign : all().entrySet()) {
            HttpResponse<String> response = get(endpoint, foreign.getValue());
            assertThat(response.statusCode()).as("a token of %s", foreign.getKey()).isEqualTo(401);
            assertThat(response.body()).as("a token of %s", foreign.getKey()).contains("Chưa xác thực");
        }
    }

    private static HttpResponse<String> get(URI endpoint, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(endpoint).header("Authorization", TestTokens.bearer(token)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
