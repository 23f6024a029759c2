package vn.dondoc.plan;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.eventing.testing.ForeignTokens;
import vn.dondoc.eventing.testing.InMemoryMongo;

/** plan-service accepts only tokens of its issuer, for the audience dondoc, signed with RS256. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
class ForeignTokensTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-foreign-tokens-" + UUID.randomUUID());
    }

    @Test
    void refusesTokensForAnotherAudienceFromAnotherIssuerOrSignedWithHs256() throws Exception {
        ForeignTokens.assertRefusedAt(URI.create("http://localhost:" + port + "/departments/SKHCN/units"));
    }
}
