package vn.dondoc.notification;

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
 * notification-service's OpenAPI description ({@code docs/openapi/notification-service.json}, see {@link ApiDescription}):
 * regenerate with {@code -Dopenapi.write=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "notification.contacts.load-examples=false",
        "notification.overdue.weekly-cron=-"})
@EmbeddedKafka(partitions = 1)
class NotificationApiDescriptionTest implements ApiDescriptionChecks {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "notification-api-" + UUID.randomUUID());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> NotificationServiceTest.SMTP.getSmtp().getPort());
    }

    @Override
    public ApiDescription description() {
        return new ApiDescription("notification-service", "http://127.0.0.1:" + port);
    }

    @Override
    public RequestMappingHandlerMapping mappings() {
        return mappings;
    }
}
