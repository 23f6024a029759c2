package vn.dondoc.task;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dondoc.eventing.testing.ApiDescription;
import vn.dondoc.eventing.testing.ApiDescriptionChecks;
import vn.dondoc.eventing.testing.InMemoryMongo;

/**
 * task-service's OpenAPI description ({@code docs/openapi/task-service.json}, see {@link ApiDescription}):
 * regenerate with {@code -Dopenapi.write=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=task-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
class TaskApiDescriptionTest implements ApiDescriptionChecks {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-api-" + UUID.randomUUID());
    }

    @Override
    public ApiDescription description() {
        return new ApiDescription("task-service", "http://127.0.0.1:" + port);
    }

    @Override
    public RequestMappingHandlerMapping mappings() {
        return mappings;
    }
}
