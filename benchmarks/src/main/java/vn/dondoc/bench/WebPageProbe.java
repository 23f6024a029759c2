package vn.dondoc.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Times the web application's pages as a signed-in person's browser asks for them: signs in through
 * the web application (authorization code flow to the identity provider's form and back, the
 * session cookie kept), then GETs a page many times and records the time to its whole HTML, in
 * microseconds. Static assets (CSS, fonts, htmx) are cached by a browser and not timed.
 */
final class WebPageProbe {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI web;

    private WebPageProbe(URI web) {
        this.web = web;
    }

    /** A browser-like session of {@code username} at the web application {@code web}. */
    static WebPageProbe signedIn(URI web, String username, String password) throws Exception {
        WebPageProbe probe = new WebPageProbe(web);
        probe.signIn(username, password);
        return probe;
    }

    private void signIn(String username, String password) throws Exception {
        URI at = follow(web.resolve("/"));
        if (!at.getPath().endsWith("/login")) {
            throw new IllegalStateException("the web application did not send to sign-in but to " + at);
        }
        HttpResponse<String> form = http.send(get(at), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page " + at);
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(at).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        URI landed = follow(at.resolve(login.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("sign-in of " + username + " answered " + login.statusCode()))));
        if (!landed.getAuthority().equals(web.getAuthority()) || landed.getPath().endsWith("/login")) {
            throw new IllegalStateException("sign-in of " + username + " ended at " + landed);
        }
    }

    /** Follows redirects from {@code start}; returns the address that answered with a page. */
    private URI follow(URI start) throws Exception {
        URI at = start;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            HttpResponse<String> response = http.send(get(at), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 3) {
                return at;
            }
            at = at.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new IllegalStateException("too many redirects from " + start);
    }

    /** The time of {@code requests} GETs of {@code path} after {@code warmUp} untimed ones, in µs. */
    Histogram time(String path, int warmUp, int requests) throws Exception {
        URI page = web.resolve(path);
        for (int i = 0; i < warmUp; i++) {
            load(page);
        }
        Histogram micros = new Histogram(60_000_000, 3);
        for (int i = 0; i < requests; i++) {
            long begin = System.nanoTime();
            load(page);
            micros.recordValue((System.nanoTime() - begin) / 1_000);
        }
        return micros;
    }

    private void load(URI page) throws Exception {
        HttpResponse<String> response = http.send(get(page), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("</html>")) {
            throw new IllegalStateException(page + " answered " + response.statusCode());
        }
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
