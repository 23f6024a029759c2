package vn.dondoc.eventing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code /actuator/health} tells whom, the same in every service: anyone (no token, a unit,
 * the province) sees the status alone (and the names of the probe groups); an operator (office or leadership token) also sees the
 * components, the outbox backlog ({@code components.outbox.details.pendingEvents}) and the parked
 * events ({@code parkedEvents}), and lists these at {@code /actuator/parkedevents}, which nobody else reads.
 */
public final class HealthDetails {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HealthDetails() {
    }

    /** Checks the service listening on {@code port} of 127.0.0.1. */
    public static void shownToOperatorsOnly(int port) throws Exception {
        for (String token : new String[] {null, TestTokens.unit("SKHCN.VP"), TestTokens.province()}) {
            HttpResponse<String> health = get(port, "/actuator/health", token);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).propertyNames()).as(health.body()).contains("status")
                    .isSubsetOf("status", "groups");
            assertThat(get(port, "/actuator/health/outbox", token).statusCode()).isEqualTo(404);
            assertThat(get(port, "/actuator/parkedevents", token).statusCode()).isEqualTo(token == null ? 401 : 403);
        }
        for (String token : List.of(TestTokens.office(), TestTokens.leadership())) {
            HttpResponse<String> health = get(port, "/actuator/health", token);
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode outbox = JSON.readTree(health.body()).path("components").path("outbox");
            assertThat(outbox.path("details").path("pendingEvents").isNumber()).as(health.body()).isTrue();
            assertThat(outbox.path("details").path("parkedEvents").asLong(-1)).as(health.body()).isZero();
            HttpResponse<String> parked = get(port, "/actuator/parkedevents", token);
            assertThat(parked.statusCode()).as(parked.body()).isEqualTo(200);
            assertThat(JSON.readTree(parked.body()).path("count").asLong(-1)).as(parked.body()).isZero();
        }
    }

    private static HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
