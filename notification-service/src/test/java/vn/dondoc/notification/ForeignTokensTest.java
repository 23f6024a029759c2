package vn.dondoc.notification;

import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.dondoc.eventing.testing.ForeignTokens;

/** notification-service accepts only tokens of its issuer, for the audience dondoc, signed with RS256. */
class ForeignTokensTest extends NotificationServiceTest {

    @Test
    void refusesTokensForAnotherAudienceFromAnotherIssuerOrSignedWithHs256() throws Exception {
        ForeignTokens.assertRefusedAt(URI.create("http://localhost:" + port + "/deliveries"));
    }
}
