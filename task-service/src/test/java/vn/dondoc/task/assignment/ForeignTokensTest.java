package vn.dondoc.task.assignment;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.eventing.testing.ForeignTokens;
import vn.dondoc.eventing.testing.InMemoryMongo;

/** task-service accepts only tokens of its issuer, for the audience dondoc, signed with RS256. */
class ForeignTokensTest extends TaskServiceHttpTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-foreign-tokens-" + UUID.randomUUID());
    }

    @Test
    void refusesTokensForAnotherAudienceFromAnotherIssuerOrSignedWithHs256() throws Exception {
        ForeignTokens.assertRefusedAt(URI.create("http://localhost:" + port + "/overdue"));
    }
}
