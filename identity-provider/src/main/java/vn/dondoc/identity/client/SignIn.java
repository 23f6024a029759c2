package vn.dondoc.identity.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs in to the provider with a user name and password through the authorization code flow with
 * PKCE, driven over HTTP as a browser would: {@code GET /oauth2/authorize} → the sign-in form and
 * its CSRF token → {@code POST /login} → the redirect carrying the code → {@code POST /oauth2/token}
 * with the verifier. Each sign-in has its own cookies. Used by {@code ./mint-token.sh} and the tests.
 */
public final class SignIn {

    /** The public client of command-line tools and tests. */
    public static final String CLI_CLIENT = "dondoc-cli";

    /** Where {@link #CLI_CLIENT} is sent back to; nobody listens there, the code is read from the redirect. */
    public static final URI CLI_REDIRECT = URI.create("http://127.0.0.1/dondoc-cli");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_REDIRECTS = 6;

    private final URI issuer;
    private final String clientId;
    private final String clientSecret;
    private final URI redirectUri;

    private SignIn(URI issuer, String clientId, String clientSecret, URI redirectUri) {
        String base = issuer.toString();
        this.issuer = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    /** Signs in with the public command-line client. */
    public static SignIn cli(URI issuer) {
        return new SignIn(issuer, CLI_CLIENT, null, CLI_REDIRECT);
    }

    /** Signs in with the given client (secret null for a public one). */
    public static SignIn client(URI issuer, String clientId, String clientSecret, URI redirectUri) {
        return new SignIn(issuer, clientId, clientSecret, redirectUri);
    }

    /**
     * The tokens of the account.
     *
     * @throws SignInRefused when the provider refuses the user name and password or the request
     */
    public Tokens as(String username, String password) {
        try {
            return flow(username, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Không kết nối được nhà cung cấp định danh " + issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Tokens flow(String username, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10)).build();
        String verifier = random(32);
        String state = random(16);
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", clientId);
        authorize.put("scope", "openid profile");
        authorize.put("redirect_uri", redirectUri.toString());
        authorize.put("state", state);
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");

        URI loginPage = follow(http, issuer.resolve("/oauth2/authorize?" + form(authorize)));
        if (!loginPage.getPath().endsWith("/login")) {
            throw new SignInRefused("Nhà cung cấp định danh không đưa đến trang đăng nhập mà đến " + loginPage);
        }
        HttpResponse<String> page = http.send(get(loginPage), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("Trang đăng nhập không như mong đợi: HTTP " + page.statusCode());
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(loginPage.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        URI afterLogin = location(loginPage, login);
        if (afterLogin.getPath().endsWith("/login")) {
            throw new SignInRefused("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        URI callback = follow(http, afterLogin);
        Map<String, String> answer = query(callback);
        if (answer.containsKey("error")) {
            throw new SignInRefused("Yêu cầu đăng nhập bị từ chối: " + answer.get("error") + " "
                    + answer.getOrDefault("error_description", ""));
        }
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new SignInRefused("Câu trả lời đăng nhập không hợp lệ: " + callback);
        }
        return token(http, answer.get("code"), verifier);
    }

    /** Follows redirects until one leaves the provider (the client's redirect URI) or a page answers. */
    private URI follow(HttpClient http, URI start) throws IOException, InterruptedException {
        URI at = start;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            if (at.toString().startsWith(redirectUri.toString())) {
                return at;
            }
            HttpResponse<String> response = http.send(get(at), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 3) {
                if (at.getPath().endsWith("/login") && response.statusCode() == 200) {
                    return at;
                }
                throw new SignInRefused("Nhà cung cấp định danh trả lời HTTP " + response.statusCode() + " cho " + at
                        + ": " + response.body());
            }
            at = location(at, response);
        }
        throw new IllegalStateException("Quá nhiều chuyển hướng khi đăng nhập, dừng ở " + at);
    }

    private Tokens token(HttpClient http, String code, String verifier) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", code);
        fields.put("redirect_uri", redirectUri.toString());
        fields.put("code_verifier", verifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (clientSecret == null) {
            fields.put("client_id", clientId);
        } else {
            String credentials = encode(clientId) + ":" + encode(clientSecret);
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new SignInRefused("Không đổi được mã lấy token: HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        return new Tokens(json.path("access_token").asString(), text(json, "id_token"), text(json, "refresh_token"),
                json.path("expires_in").asLong());
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asString() : null;
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
    }

    private static URI location(URI from, HttpResponse<?> response) {
        return from.resolve(response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Nhà cung cấp định danh trả lời HTTP " + response.statusCode() + " không chuyển hướng cho " + from)));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
