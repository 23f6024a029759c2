package vn.dondoc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;

/**
 * An identity provider that accepts connections and never answers does not hold requests: the
 * service's question for its discovery document ends at {@code dondoc.token-keys.read-timeout} and
 * the request gets its answer: a 503 problem detail in Vietnamese, to be tried again. Without the
 * limit the request waited for good (and then got a bare 500).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "dondoc.token-keys.read-timeout=1s"})
@EmbeddedKafka(partitions = 1)
class SilentIdentityProviderTest {

    static final SilentServer IDENTITY_PROVIDER = new SilentServer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-silent-idp-" + UUID.randomUUID());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDENTITY_PROVIDER::uri);
    }

    @AfterAll
    static void close() {
        IDENTITY_PROVIDER.close();
    }

    @Test
    void answers503ToARequestWhoseTokenCannotBeCheckedInsteadOfHoldingIt() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/departments/SKHCN/units"))
                .header("Authorization", TestTokens.bearer(TestTokens.token("van-thu", "OFFICE", "SKHCN", null)))
                .timeout(Duration.ofSeconds(30)).GET().build();

        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(response.body()).contains("\"title\":\"Chưa kiểm tra được mã truy cập\"",
                "Máy chủ định danh chưa trả lời");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(IDENTITY_PROVIDER.connections()).as("the service did ask the silent identity provider")
                .isPositive();
    }

    /** Accepts connections, reads nothing, answers nothing. */
    static final class SilentServer {

        private final ServerSocket listener;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        SilentServer() {
            try {
                listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread thread = new Thread(() -> {
                while (!listener.isClosed()) {
                    try {
                        accepted.add(listener.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-identity-provider");
            thread.setDaemon(true);
            thread.start();
        }

        String uri() {
            return "http://127.0.0.1:" + listener.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        void close() {
            try {
                listener.close();
                for (Socket socket : accepted) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
