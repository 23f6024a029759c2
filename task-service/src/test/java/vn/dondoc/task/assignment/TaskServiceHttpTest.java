package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicRecords;

/**
 * task-service over HTTP on a random port with its own embedded broker. Each subclass names its own
 * store database (a {@code @DynamicPropertySource}), so it runs against a store of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=task-service", "server.port=0",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
abstract class TaskServiceHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /**
     * This context's broker, not the {@code spring.embedded.kafka.brokers} system property, which a
     * later test class's broker overwrites while this cached context lives on.
     */
    @Autowired
    private EmbeddedKafkaBroker broker;

    TopicRecords topics() {
        return new TopicRecords(broker.getBrokersAsString());
    }

    /** GET as the office. */
    HttpResponse<String> response(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace(" ", "%20")))
                        .header("Authorization", TestTokens.bearer(TestTokens.office())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET as the office, expecting 200: the JSON body. */
    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = response(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
