package vn.dondoc.eventing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Every endpoint of a service × every role × every target, over HTTP against the running service:
 * refused cases answer the expected status and change nothing (the store's documents and the
 * topics' end offsets compared before and after); allowed cases pass the wall (no 401/403/404, no
 * 5xx) and show a department's caller nothing of the other department. Endpoints are found by
 * reflection over the request mappings: one without a rule here fails the matrix.
 *
 * <p>The callers: the office and leadership of {@link #DEPARTMENT}, the unit {@link #UNIT}, the
 * province; the targets: an object of the caller's own unit, of another unit of the same
 * department ({@link #OTHER_UNIT}), of another department ({@link #FOREIGN_UNIT}), and the own
 * unit's object with a token of another province.
 */
public final class AccessMatrix {

    public static final String DEPARTMENT = "SKHCN";
    public static final String UNIT = "SKHCN.VP";
    public static final String OTHER_UNIT = "SKHCN.QLKH";
    public static final String OTHER_DEPARTMENT = "SDTTG";
    public static final String FOREIGN_UNIT = "SDTTG.VP";

    /** Expected status of a case that passes the wall. */
    public static final int ALLOWED = 0;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Who calls. */
    public enum Role { OFFICE, LEADERSHIP, UNIT, PROVINCE }

    /** Whose object the request addresses. */
    public enum Target {
        OWN_UNIT, OTHER_UNIT, OTHER_DEPARTMENT, OTHER_PROVINCE;

        /** The unit whose object this target addresses (another province: the own unit's). */
        public String unit() {
            return switch (this) {
                case OWN_UNIT, OTHER_PROVINCE -> UNIT;
                case OTHER_UNIT -> AccessMatrix.OTHER_UNIT;
                case OTHER_DEPARTMENT -> FOREIGN_UNIT;
            };
        }

        /** The department whose object this target addresses. */
        public String department() {
            return this == OTHER_DEPARTMENT ? AccessMatrix.OTHER_DEPARTMENT : DEPARTMENT;
        }
    }

    /** One HTTP request. */
    public record Request(String method, String path, String contentType, byte[] body) {

        public static Request get(String path) {
            return new Request("GET", path, null, null);
        }

        public static Request json(String method, String path, String json) {
            return new Request(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public static Request of(String method, String path, String contentType, String body) {
            return new Request(method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One endpoint's rule: which roles pass, how another department's and another unit's objects answer. */
    public static final class Endpoint {

        private final String key;
        private final Function<Target, Request> request;
        private Set<Role> roles = EnumSet.allOf(Role.class);
        private Set<Role> refusedBehindTheWall = EnumSet.noneOf(Role.class);
        private boolean unitScoped;
        private int foreign = 404;

        private Endpoint(String key, Function<Target, Request> request) {
            this.key = key;
            this.request = request;
        }

        /** The roles that may call it at all (default: every role). */
        public Endpoint roles(Role... allowed) {
            roles = EnumSet.copyOf(List.of(allowed));
            return this;
        }

        /**
         * Roles outside {@link #roles} that the service refuses only with the object in hand, after
         * the wall: another department's object answers them as {@link #foreign}, their own
         * department's 403.
         */
        public Endpoint refusedBehindTheWall(Role... refused) {
            refusedBehindTheWall = EnumSet.copyOf(List.of(refused));
            return this;
        }

        /** A unit may only reach its own unit's objects (another unit's: 403). */
        public Endpoint unitScoped() {
            unitScoped = true;
            return this;
        }

        /** How another department's object answers: 404 (fetched by id, default), 403 (named in the path or a parameter) or {@link #ALLOWED} (a list filtered to the caller's scope). */
        public Endpoint foreign(int status) {
            foreign = status;
            return this;
        }

        int expected(Role role, Target target) {
            if (target == Target.OTHER_PROVINCE) {
                return 403;
            }
            if (!roles.contains(role)) {
                return refusedBehindTheWall.contains(role) && target == Target.OTHER_DEPARTMENT ? foreign : 403;
            }
            if (role == Role.PROVINCE) {
                return ALLOWED;
            }
            if (target == Target.OTHER_DEPARTMENT) {
                return foreign;
            }
            return unitScoped && role == Role.UNIT && target == Target.OTHER_UNIT ? 403 : ALLOWED;
        }
    }

    private final String baseUrl;
    private final MongoDatabase store;
    private final TopicOffsets topics;
    private final List<Endpoint> endpoints = new ArrayList<>();

    /**
     * @param baseUrl {@code http://127.0.0.1:<port>}
     * @param store   the service's database
     * @param topics  the topics the service publishes to
     */
    public AccessMatrix(String baseUrl, MongoDatabase store, TopicOffsets topics) {
        this.baseUrl = baseUrl;
        this.store = store;
        this.topics = topics;
    }

    /** A rule for the mapping {@code "METHOD /pattern"} (with {@code ?param} when the mapping requires a parameter). */
    public Endpoint endpoint(String key, Function<Target, Request> request) {
        Endpoint endpoint = new Endpoint(key, request);
        endpoints.add(endpoint);
        return endpoint;
    }

    /** springdoc's endpoints, as every service maps them (the static files under /swagger-ui/ are no mapping). */
    public static final List<String> API_DESCRIPTION = List.of("/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/swagger-ui.html");

    /**
     * The rules of the API description ({@link #API_DESCRIPTION}): open to every role and the same for
     * every department (no token needed either: {@code ApiDescription}); a token of another province
     * is still refused, as everywhere.
     */
    public void apiDescription() {
        for (String path : API_DESCRIPTION) {
            endpoint("GET " + path, target -> Request.get(path)).foreign(ALLOWED);
        }
    }

    /** The keys of a service's request mappings, as {@link #endpoint} names them ({@code /error} left out). */
    public static Set<String> keys(Collection<RequestMappingInfo> mappings) {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingInfo info : mappings) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                String params = info.getParamsCondition().getExpressions().isEmpty() ? ""
                        : "?" + info.getParamsCondition().getExpressions().iterator().next();
                info.getMethodsCondition().getMethods().forEach(method -> keys.add(method + " " + pattern + params));
            }
        }
        return keys;
    }

    /** Runs every case; fails listing every case that did not answer as expected. Returns the number of cases. */
    public int run(String service, Set<String> mapped) {
        Set<String> ruled = new TreeSet<>(endpoints.stream().map(endpoint -> endpoint.key).toList());
        assertThat(ruled).as("every endpoint of %s has a rule in the access matrix", service).containsAll(mapped);
        assertThat(mapped).as("every rule of the access matrix names an endpoint of %s", service).containsAll(ruled);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int refused = 0;
        for (Endpoint endpoint : endpoints) {
            for (Role role : Role.values()) {
                for (Target target : Target.values()) {
                    cases++;
                    int expected = endpoint.expected(role, target);
                    refused += expected == ALLOWED ? 0 : 1;
                    String failure = check(endpoint, role, target, expected);
                    if (failure != null) {
                        failures.add(endpoint.key + " as " + role + " on " + target + ": " + failure);
                    }
                }
            }
        }
        System.out.printf("Access matrix of %s: %d endpoints, %d cases (%d allowed, %d refused)%n", service,
                endpoints.size(), cases, cases - refused, refused);
        assertThat(failures).as("cases of the access matrix of %s that did not answer as expected", service)
                .isEmpty();
        return cases;
    }

    private String check(Endpoint endpoint, Role role, Target target, int expected) {
        Request request = endpoint.request.apply(target);
        if (expected == ALLOWED) {
            HttpResponse<String> response = send(request, token(role, target));
            int status = response.statusCode();
            if (status == 401 || status == 403 || status == 404 || status >= 500) {
                return "expected to pass the wall, got " + status + " " + response.body();
            }
            if (role != Role.PROVINCE && response.body().contains(OTHER_DEPARTMENT)) {
                return "shows " + OTHER_DEPARTMENT + "'s data to " + DEPARTMENT + ": " + response.body();
            }
            return null;
        }
        StoreSnapshot before = quiet();
        Map<String, Long> offsets = topics.now();
        HttpResponse<String> response = send(request, token(role, target));
        String changed = StoreSnapshot.of(store).differenceFrom(before);
        Map<String, Long> after = topics.now();
        if (response.statusCode() != expected) {
            return "expected " + expected + ", got " + response.statusCode() + " " + response.body();
        }
        if (!changed.isEmpty()) {
            return "refused, yet the store changed: " + changed;
        }
        if (!after.equals(offsets)) {
            return "refused, yet something was published: " + offsets + " → " + after;
        }
        return null;
    }

    /** The store once the relay has published every pending event. */
    private StoreSnapshot quiet() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> StoreSnapshot.of(store), StoreSnapshot::outboxDrained);
    }

    private static String token(Role role, Target target) {
        String province = target == Target.OTHER_PROVINCE ? "HN" : TestTokens.PROVINCE;
        return switch (role) {
            case OFFICE -> TestTokens.token("van-thu", "OFFICE", DEPARTMENT, null, province);
            case LEADERSHIP -> TestTokens.token("lanh-dao", "LEADERSHIP", DEPARTMENT, null, province);
            case UNIT -> TestTokens.token("chuyen-vien", "UNIT", DEPARTMENT, UNIT, province);
            case PROVINCE -> TestTokens.token("ubnd-tinh", "PROVINCE", null, null, province);
        };
    }

    private HttpResponse<String> send(Request request, String token) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
                .header("Authorization", TestTokens.bearer(token)).method(request.method(), body);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.path(), e);
        }
    }
}
