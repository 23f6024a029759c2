package vn.dondoc.eventing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI description as it serves it ({@code /v3/api-docs}, no token needed) against
 * the checked-in {@code docs/openapi/<service>.json}: the same JSON (key order and {@code servers}
 * ignored), and every request mapping of the service described. With {@code -D}{@value #WRITE}
 * {@code =true} the served description is written to the file instead (see {@link #command}).
 */
public final class ApiDescription {

    /** System property: write the served description to the checked-in file instead of comparing. */
    public static final String WRITE = "openapi.write";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern ASSET = Pattern.compile("(?:src|href)\\s*=\\s*[\"']([^\"']+)[\"']");

    private final String service;
    private final String baseUrl;

    /**
     * @param service the service's name, also the file's ({@code plan-service})
     * @param baseUrl {@code http://127.0.0.1:<port>}
     */
    public ApiDescription(String service, String baseUrl) {
        this.service = service;
        this.baseUrl = baseUrl;
    }

    /** The description the service serves without a token, normalized: sorted keys, no {@code servers}. */
    public JsonNode served() {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).as("GET /v3/api-docs without a token: %s", response.body()).isEqualTo(200);
        return normalized(JSON.readTree(response.body()));
    }

    /** The checked-in file, {@code docs/openapi/<service>.json} at the repository's root. */
    public Path file() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root (the folder of mvnw) above %s", Path.of("").toAbsolutePath())
                .isNotNull();
        return dir.resolve("docs/openapi/" + service + ".json");
    }

    /** The command that regenerates the file with the test class that checks it. */
    public String command(Class<?> test) {
        return "./mvnw -q -o -pl " + service + " -am test -Dtest=" + test.getSimpleName()
                + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true";
    }

    /**
     * Fails when the checked-in file differs from what the service serves, naming the command that
     * regenerates it; with {@value #WRITE} writes the file instead.
     */
    public void matchesCheckedInFile(Class<?> test) {
        JsonNode served = served();
        Path file = file();
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
        try {
            if (Boolean.getBoolean(WRITE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                System.out.println("Wrote " + file);
                return;
            }
            assertThat(Files.exists(file)).as("%s is missing; generate it with:%n  %s", file, command(test)).isTrue();
            JsonNode checkedIn = normalized(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
            if (!checkedIn.equals(served)) {
                throw new AssertionError(file + " is stale: " + service + " now serves another OpenAPI description ("
                        + firstDifference(Files.readString(file, StandardCharsets.UTF_8), text)
                        + "). Regenerate it, review the diff and commit it:\n  " + command(test));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails listing every request mapping (as {@link AccessMatrix#keys} names them) the served description lacks. */
    public void describesEveryEndpoint(Collection<RequestMappingInfo> mappings) {
        JsonNode paths = served().get("paths");
        List<String> missing = new ArrayList<>();
        for (String key : AccessMatrix.keys(mappings)) {
            String method = key.substring(0, key.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = key.substring(key.indexOf(' ') + 1).replaceFirst("\\?.*$", "");
            if (isApiDescription(path)) {
                continue;
            }
            if (paths == null || paths.get(path) == null || paths.get(path).get(method) == null) {
                missing.add(key);
            }
        }
        assertThat(missing).as("endpoints of %s missing from its OpenAPI description", service).isEmpty();
    }

    /**
     * Swagger UI answers without a token and loads nothing from the internet: every script, style
     * and image of its page is the webjar's, served by the service, and its configuration names no
     * other host (no validator, no petstore example; the OAuth redirect page is the service's own).
     */
    public void servesSwaggerUiFromTheWebjarOnly() {
        HttpResponse<String> welcome = get("/swagger-ui.html");
        assertThat(welcome.statusCode()).as("GET /swagger-ui.html").isEqualTo(302);
        HttpResponse<String> page = get("/swagger-ui/index.html");
        assertThat(page.statusCode()).as("GET /swagger-ui/index.html").isEqualTo(200);
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page.body());
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).as("what Swagger UI's page loads").isNotEmpty()
                .allSatisfy(asset -> assertThat(asset).doesNotContain("//"));
        for (String asset : assets) {
            HttpResponse<String> loaded = get("/swagger-ui/" + asset.replaceFirst("^\\./", ""));
            assertThat(loaded.statusCode()).as("GET %s (from the webjar)", asset).isEqualTo(200);
        }
        String initializer = get("/swagger-ui/swagger-initializer.js").body();
        assertThat(initializer).as("swagger-initializer.js").doesNotContain("http://", "https://");
        HttpResponse<String> config = get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body().replace(baseUrl + "/", "/")).as("Swagger UI's configuration (its own URLs aside)")
                .doesNotContain("http://", "https://");
    }

    private static boolean isApiDescription(String path) {
        return path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui");
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Object keys sorted, {@code servers} (the URL the test happened to run at) removed. */
    static JsonNode normalized(JsonNode description) {
        JsonNode copy = sorted(description);
        if (copy instanceof ObjectNode object) {
            object.remove("servers");
        }
        return copy;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(entry -> fields.put(entry.getKey(), sorted(entry.getValue())));
            ObjectNode object = JSON.createObjectNode();
            fields.forEach(object::set);
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = JSON.createArrayNode();
            node.forEach(element -> array.add(sorted(element)));
            return array;
        }
        return node;
    }

    private static String firstDifference(String checkedIn, String served) {
        String[] before = checkedIn.split("\n", -1);
        String[] after = served.split("\n", -1);
        for (int i = 0; i < Math.max(before.length, after.length); i++) {
            String was = i < before.length ? before[i].strip() : "(end of file)";
            String is = i < after.length ? after[i].strip() : "(end)";
            if (!was.equals(is)) {
                return "first difference at line " + (i + 1) + ": file has " + was + ", service serves " + is;
            }
        }
        return "only whitespace or key order differs";
    }
}
